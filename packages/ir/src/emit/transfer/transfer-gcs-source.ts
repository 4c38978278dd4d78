/**
 * The transfer tool's Google Cloud Storage client for `gs://bucket/key` URLs without HMAC keys
 * (Python, part of TRANSFER_SOURCE): the JSON API with an OAuth2 bearer token (GOOGLE_TOKEN_SOURCE).
 * A download reads the object's metadata first (`GET /storage/v1/b/<bucket>/o/<name>`), then its
 * bytes (`alt=media`) at that generation, so that the archive mark and the bytes are of one
 * version. An upload is `uploadType=multipart` (`multipart/related`: the object's JSON resource,
 * then its bytes), the one single-request upload that also sets custom metadata: a directory is
 * marked by the metadata `couler-archive: tar`, the key S3-interoperable writes of
 * `x-amz-meta-couler-archive` get too. The profile's ENDPOINT replaces
 * `https://storage.googleapis.com` (a private endpoint, or a server on loopback in tests).
 */
export const GCS_TRANSFER_SOURCE = String.raw`
def gcs_paths(url, profile):
    bucket, key = bucket_key(url)
    server = urllib.parse.urlsplit(setting(profile, "ENDPOINT") or "https://storage.googleapis.com")
    base = server.path.rstrip("/")
    # Object names are one path segment of the JSON API: "/" is encoded too.
    bucket, name = urllib.parse.quote(bucket, safe=""), urllib.parse.quote(key, safe="")
    return server.scheme, server.netloc, f"{base}/storage/v1/b/{bucket}/o/{name}", f"{base}/upload/storage/v1/b/{bucket}/o", key


def gcs_get(url, profile, target):
    scheme, host, path, _, _ = gcs_paths(url, profile)
    headers = {"Authorization": "Bearer " + google_token(profile)}
    status, reason, detail = exchange("GET", f"{scheme}://{host}{path}", headers)
    if status != 200:
        raise RuntimeError(f"GET {url} answered {status} {reason}: {detail[:2000]}")
    resource = json.loads(detail)
    archive = (resource.get("metadata") or {}).get("couler-archive", "").lower() == "tar"
    query = urllib.parse.urlencode({"alt": "media", **({"generation": resource["generation"]} if resource.get("generation") else {})})
    connection, response = send("GET", scheme, host, f"{path}?{query}", headers)
    save(response, target, url, archive)
    connection.close()


def gcs_put(url, profile, body_path, archive):
    scheme, host, _, upload, key = gcs_paths(url, profile)
    resource = {"name": key, **({"metadata": {"couler-archive": "tar"}} if archive else {})}
    boundary = "couler-" + os.urandom(16).hex()
    head = (
        f"--{boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{json.dumps(resource)}\r\n"
        f"--{boundary}\r\nContent-Type: {'application/x-tar' if archive else 'application/octet-stream'}\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()

    def parts():
        yield head
        with open(body_path, "rb") as body:
            yield from iter(lambda: body.read(1 << 20), b"")
        yield tail

    headers = {
        "Authorization": "Bearer " + google_token(profile),
        "Content-Type": f"multipart/related; boundary={boundary}",
        "Content-Length": str(len(head) + os.path.getsize(body_path) + len(tail)),
    }
    connection = connect(scheme, host)
    connection.request("POST", f"{upload}?uploadType=multipart", body=parts(), headers=headers)
    return connection, connection.getresponse()
`;
