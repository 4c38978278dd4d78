import { GCS_TRANSFER_SOURCE } from './transfer-gcs-source';
import { GOOGLE_TOKEN_SOURCE } from './transfer-google-token-source';
import { OSS_TRANSFER_SOURCE } from './transfer-oss-source';
import { WEBHDFS_SOURCE } from './webhdfs-source';

/**
 * The transfer tool: a stdlib-only Python 3 program that moves files between a pod's shared
 * directory and object storage, for engines with no artifact driver of their own (Airflow,
 * Tekton). It runs either as a pod's `couler-transfer` sidecar (`serve`: the step's wrapper writes
 * a request directory, the sidecar answers it; Airflow) or once per file (`get|put URL FILE
 * [PROFILE]`, FILE relative to `$COULER_DIR`: a step of its own before or after the step's
 * container; Tekton). Speaks S3's REST API with
 * AWS Signature Version 4 (S3, MinIO, and GCS through its S3-interoperable XML API with HMAC keys),
 * Alibaba OSS's own API (`oss://`, OSS_TRANSFER_SOURCE), GCS's JSON API with an OAuth2 token
 * (`gs://` without HMAC keys, GCS_TRANSFER_SOURCE), plain HTTP(S) GET, and HDFS through WebHDFS
 * (`hdfs://` URLs, `_HDFS_NAMENODES` and `_HDFS_USER` settings; see WEBHDFS_SOURCE). In object
 * storage a directory travels as a tar archive, marked by the object's
 * `x-amz-meta-couler-archive: tar` header (`x-oss-meta-…` on OSS, the `couler-archive` metadata
 * on GCS) and unpacked with tarfile's `data` filter.
 *
 * Protocol, in `$COULER_DIR/requests/<n>/`: files `op` (`get` or `put`), `url`, `file` (a path
 * relative to `$COULER_DIR`) and `profile`, then `ready`. The profile names the sidecar's own
 * environment variables `COULER_<profile>_ENDPOINT`, `_REGION`, `_ACCESS_KEY`, `_SECRET_KEY` (from
 * a Kubernetes Secret), `_SERVICE_ACCOUNT_KEY` (GCS: a JSON key file, from a Secret) and
 * `_HEADERS` (HTTP GET: `Name: value` lines), so no credential passes
 * through the step's container. The sidecar marks a request `taken`, then answers with `done`, or
 * `failed` holding the reason.
 * The step's wrapper writes `$COULER_DIR/exit` when it ends, and the sidecar stops; it also stops
 * when the wrapper's heartbeat (`alive`, touched every 5 s) is older than COULER_HEARTBEAT_TIMEOUT
 * (60 s): the pod must end even if the step's container was killed.
 */
export const TRANSFER_SOURCE = String.raw`import base64
import datetime
import email.utils
import hashlib
import hmac
import http.client
import io
import ipaddress
import json
import os
import shutil
import sys
import tarfile
import tempfile
import time
import urllib.parse

SHARED = os.environ.get("COULER_DIR", "/couler")
EMPTY_HASH = hashlib.sha256(b"").hexdigest()
NEWLINE = chr(10)


def file_digest(path, algorithm="sha256"):
    digest = hashlib.new(algorithm)
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest


def bucket_key(url):
    # Not urlsplit: a key may hold "?" or "#", which are part of the key here, not a query.
    bucket, _, key = url.partition("://")[2].partition("/")
    if not bucket or not key:
        raise ValueError(f"{url!r} names no bucket and key")
    return bucket, key


def object_path(key):
    # S3's UriEncode: every byte but unreserved ones percent-encoded, "/" kept between segments.
    return urllib.parse.quote(key, safe="/~")


def sign(method, host, path, query, headers, payload_hash, region, access, secret):
    now = datetime.datetime.now(datetime.timezone.utc)
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    day = stamp[:8]
    headers = {**headers, "host": host, "x-amz-date": stamp, "x-amz-content-sha256": payload_hash}
    names = sorted(name.lower() for name in headers)
    lower = {name.lower(): str(value).strip() for name, value in headers.items()}
    canonical = NEWLINE.join(
        [method, path, query, *[f"{name}:{lower[name]}" for name in names], "", ";".join(names), payload_hash]
    )
    scope = f"{day}/{region}/s3/aws4_request"
    to_sign = NEWLINE.join(["AWS4-HMAC-SHA256", stamp, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = ("AWS4" + secret).encode()
    for part in (day, region, "s3", "aws4_request"):
        key = hmac.new(key, part.encode(), hashlib.sha256).digest()
    signature = hmac.new(key, to_sign.encode(), hashlib.sha256).hexdigest()
    headers["Authorization"] = (
        f"AWS4-HMAC-SHA256 Credential={access}/{scope}, SignedHeaders={';'.join(names)}, Signature={signature}"
    )
    return headers


def s3_target(url, endpoint, region):
    bucket, key = bucket_key(url)
    if not endpoint:
        endpoint = "https://storage.googleapis.com" if url.startswith("gs://") else f"https://s3.{region}.amazonaws.com"
    server = urllib.parse.urlsplit(endpoint if "://" in endpoint else "https://" + endpoint)
    base = server.path.rstrip("/")
    return server.scheme, server.netloc, f"{base}/{object_path(bucket)}/{object_path(key)}"


def connect(scheme, host):
    return http.client.HTTPSConnection(host, timeout=300) if scheme == "https" else http.client.HTTPConnection(host, timeout=300)


def setting(profile, name):
    return os.environ.get(f"COULER_{profile}_{name}", "")


def s3_request(method, url, profile, body_path=None, archive=False):
    region = setting(profile, "REGION") or "us-east-1"
    scheme, host, path = s3_target(url, setting(profile, "ENDPOINT"), region)
    headers = {"x-amz-meta-couler-archive": "tar"} if archive else {}
    payload_hash = file_digest(body_path).hexdigest() if body_path else EMPTY_HASH
    access, secret = setting(profile, "ACCESS_KEY"), setting(profile, "SECRET_KEY")
    if access:
        headers = sign(method, host, path, "", headers, payload_hash, region, access, secret)
    return send(method, scheme, host, path, headers, body_path)


def send(method, scheme, host, path, headers, body_path=None):
    connection = connect(scheme, host)
    if body_path:
        headers["Content-Length"] = str(os.path.getsize(body_path))
        with open(body_path, "rb") as body:
            connection.request(method, path, body=body, headers=headers)
    else:
        connection.request(method, path, headers=headers)
    return connection, connection.getresponse()

${OSS_TRANSFER_SOURCE}
${GOOGLE_TOKEN_SOURCE}
${GCS_TRANSFER_SOURCE}

def gcs_oauth(url, profile):
    # gs:// with HMAC keys (an artifact store) goes through GCS's S3-interoperable XML API instead.
    return url.startswith("gs://") and not setting(profile, "ACCESS_KEY")


def signed_request(url):
    return oss_request if url.startswith("oss://") else s3_request


def save(response, target, source, archive=None):
    if response.status != 200:
        detail = response.read(2000).decode("utf-8", errors="replace")
        raise RuntimeError(f"GET {source} answered {response.status} {response.reason}: {detail}")
    if archive is None:
        marks = ("x-amz-meta-couler-archive", "x-oss-meta-couler-archive", "x-goog-meta-couler-archive")
        archive = any((response.getheader(mark) or "").lower() == "tar" for mark in marks)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=SHARED, delete=False) as file:
        shutil.copyfileobj(response, file)
    if archive:
        os.makedirs(target, exist_ok=True)
        with tarfile.open(file.name) as bundle:
            if hasattr(tarfile, "data_filter"):
                bundle.extractall(target, filter="data")
            else:
                bundle.extractall(target)
        os.remove(file.name)
    else:
        os.replace(file.name, target)


def get(request):
    url, target = request["url"], os.path.join(SHARED, request["file"])
    if url.startswith("hdfs://"):
        hdfs_get(request)
        return
    if url.startswith(("http://", "https://")):
        parsed = urllib.parse.urlsplit(url)
        lines = setting(request.get("profile"), "HEADERS").splitlines()
        headers = dict(line.split(": ", 1) for line in lines if ": " in line)
        connection = connect(parsed.scheme, parsed.netloc)
        connection.request("GET", urllib.parse.urlunsplit(("", "", parsed.path or "/", parsed.query, "")), headers=headers)
        save(connection.getresponse(), target, url)
        return
    profile = request.get("profile")
    if gcs_oauth(url, profile):
        gcs_get(url, profile, target)
        return
    connection, response = signed_request(url)("GET", url, profile)
    save(response, target, url)
    connection.close()


def put(request):
    url, source = request["url"], os.path.join(SHARED, request["file"])
    if url.startswith("hdfs://"):
        hdfs_put(request)
        return
    body = source
    if os.path.isdir(source):
        with tempfile.NamedTemporaryFile(dir=SHARED, suffix=".tar", delete=False) as file:
            with tarfile.open(fileobj=file, mode="w") as bundle:
                for name in sorted(os.listdir(source)):
                    bundle.add(os.path.join(source, name), arcname=name)
        body = file.name
    profile, archive = request.get("profile"), body != source
    try:
        if gcs_oauth(url, profile):
            connection, response = gcs_put(url, profile, body, archive)
        else:
            connection, response = signed_request(url)("PUT", url, profile, body, archive)
        detail = response.read(2000).decode("utf-8", errors="replace")
        connection.close()
    finally:
        # The archive fills the pod's shared volume: gone even when the upload could not start.
        if archive:
            os.remove(body)
    if response.status not in (200, 201, 204):
        raise RuntimeError(f"PUT {url} answered {response.status} {response.reason}: {detail}")

${WEBHDFS_SOURCE}

def read_request(directory):
    request = {}
    for name in ("op", "url", "file", "profile"):
        path = os.path.join(directory, name)
        if os.path.exists(path):
            with io.open(path, encoding="utf-8", newline="") as file:
                request[name] = file.read()
    return request


def answer(directory):
    with open(os.path.join(directory, "taken"), "w"):
        pass
    request = read_request(directory)
    try:
        (get if request.get("op") == "get" else put)(request)
    except Exception as error:
        with io.open(os.path.join(directory, "failed.tmp"), "w", encoding="utf-8") as file:
            file.write(f"{request.get('op')} {request.get('url')}: {error}")
        os.replace(os.path.join(directory, "failed.tmp"), os.path.join(directory, "failed"))
        return
    with open(os.path.join(directory, "done"), "w"):
        pass


def serve():
    requests = os.path.join(SHARED, "requests")
    os.makedirs(requests, exist_ok=True)
    alive = os.path.join(SHARED, "alive")
    heartbeat = float(os.environ.get("COULER_HEARTBEAT_TIMEOUT", "60"))
    started = time.time()
    answered = set()
    while True:
        last = os.path.getmtime(alive) if os.path.exists(alive) else started
        if time.time() - last > (heartbeat if os.path.exists(alive) else 10 * heartbeat):
            sys.exit("couler-transfer: the step's container stopped without finishing; stopping too.")
        for name in sorted(os.listdir(requests), key=lambda entry: (len(entry), entry)):
            directory = os.path.join(requests, name)
            if name not in answered and os.path.exists(os.path.join(directory, "ready")):
                answered.add(name)
                answer(directory)
        if os.path.exists(os.path.join(SHARED, "exit")):
            return
        time.sleep(0.2)


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if arguments == ["serve"]:
        serve()
    elif len(arguments) in (3, 4) and arguments[0] in ("get", "put"):
        request = {"op": arguments[0], "url": arguments[1], "file": arguments[2], "profile": arguments[3] if len(arguments) == 4 else ""}
        try:
            (get if request["op"] == "get" else put)(request)
        except Exception as error:
            sys.exit(f"couler-transfer: {request['op']} {request['url']}: {error}")
    else:
        sys.exit("usage: couler-transfer serve | get URL FILE [PROFILE] | put URL FILE [PROFILE]")
`;
