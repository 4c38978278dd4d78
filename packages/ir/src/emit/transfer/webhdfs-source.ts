/**
 * The transfer tool's HDFS part (Python, joined to TRANSFER_SOURCE): WebHDFS, the namenode's
 * REST API (on by default since Hadoop 3, `dfs.namenode.http-address` port 9870), so that the
 * tool stays stdlib-only where HDFS's RPC protocol would need Hadoop's client.
 *
 * URLs are `hdfs://<absolute path>`; the profile's `COULER_<profile>_HDFS_NAMENODES` lists the
 * namenodes' HTTP base URLs one a line, tried in order: a standby namenode of an HA pair answers
 * 403 `StandbyException`, and the next is asked. `COULER_<profile>_HDFS_USER` is sent as
 * `user.name` (simple authentication). OPEN and CREATE answer 307 with a datanode's URL, which
 * the tool follows itself (CREATE's first request has no body, as the WebHDFS docs require).
 *
 * A directory stays a directory in HDFS (LISTSTATUS and OPEN per file to read, MKDIRS and CREATE
 * to write): HDFS has real directories, and the jobs that read them (Spark, Hive) expect files,
 * not a tar archive. It is written beside its path as `<path>._COPYING_`, as `hdfs dfs -put`
 * does, then renamed over what was there, so a failed upload leaves the old version whole.
 */
export const WEBHDFS_SOURCE = String.raw`
import json

HDFS_ACTIVE = {}


def hdfs_path(url):
    # Everything after the scheme is the path, as written: "?" and "#" are part of HDFS names.
    return url[len("hdfs://"):]


def hdfs_failure(response):
    text = response.read(4000).decode("utf-8", errors="replace")
    try:
        remote = json.loads(text)["RemoteException"]
        return remote.get("exception", ""), remote.get("message", text)
    except (ValueError, KeyError, TypeError):
        return "", text


def hdfs_namenodes(profile):
    namenodes = [line for line in setting(profile, "HDFS_NAMENODES").splitlines() if line]
    if not namenodes:
        raise ValueError(f"COULER_{profile}_HDFS_NAMENODES names no namenode")
    # The one that answered last first: a standby stays a standby for the length of a transfer.
    active = HDFS_ACTIVE.get(profile)
    return sorted(namenodes, key=lambda namenode: namenode != active)


def hdfs_request(method, path, op, profile, params=None):
    """Sends op to the first namenode that is not a standby; returns its connection and response."""
    query = {"op": op, **(params or {})}
    user = setting(profile, "HDFS_USER")
    if user:
        query["user.name"] = user
    problems = []
    for namenode in hdfs_namenodes(profile):
        server = urllib.parse.urlsplit(namenode)
        target = f"{server.path.rstrip('/')}/webhdfs/v1{urllib.parse.quote(path, safe='/')}?{urllib.parse.urlencode(query)}"
        try:
            connection = connect(server.scheme, server.netloc)
            connection.request(method, target, headers={"Content-Length": "0"} if method in ("PUT", "POST") else {})
            response = connection.getresponse()
        except OSError as error:
            problems.append(f"{namenode}: {error}")
            continue
        if response.status == 403:
            exception, message = hdfs_failure(response)
            connection.close()
            if exception == "StandbyException":
                problems.append(f"{namenode} is a standby namenode")
                continue
            raise RuntimeError(f"{op} {path} answered 403 {exception}: {message}")
        HDFS_ACTIVE[profile] = namenode
        return connection, response
    raise RuntimeError(f"no active namenode answered {op} {path}: {'; '.join(problems)}")


def hdfs_checked(connection, response, what, expected=(200,)):
    if response.status not in expected:
        exception, message = hdfs_failure(response)
        connection.close()
        raise RuntimeError(f"{what} answered {response.status} {response.reason}: {exception + ': ' if exception else ''}{message}")
    return response


def hdfs_json(method, path, op, profile, params=None):
    connection, response = hdfs_request(method, path, op, profile, params)
    answer = json.loads(hdfs_checked(connection, response, f"{op} {path}").read().decode("utf-8"))
    connection.close()
    return answer


def hdfs_redirected(method, path, op, profile, params=None, body_path=None):
    """OPEN or CREATE: the namenode's 307 names a datanode, which gets the request (and the body)."""
    connection, response = hdfs_request(method, path, op, profile, params)
    if response.status != 307:
        # A gateway (HttpFS) may answer itself; CREATE must still send the body somewhere.
        if body_path is None:
            return connection, hdfs_checked(connection, response, f"{op} {path}")
        hdfs_checked(connection, response, f"{op} {path}", expected=())
    location = response.getheader("Location") or ""
    response.read()
    connection.close()
    datanode = urllib.parse.urlsplit(location)
    connection = connect(datanode.scheme, datanode.netloc)
    target = urllib.parse.urlunsplit(("", "", datanode.path, datanode.query, ""))
    if body_path is None:
        connection.request(method, target)
    else:
        with open(body_path, "rb") as body:
            connection.request(method, target, body=body, headers={"Content-Length": str(os.path.getsize(body_path)), "Content-Type": "application/octet-stream"})
    return connection, hdfs_checked(connection, connection.getresponse(), f"{op} {path} at datanode {datanode.netloc}", expected=(200, 201))


def hdfs_download(path, target, profile):
    status = hdfs_json("GET", path, "GETFILESTATUS", profile)["FileStatus"]
    if status["type"] == "DIRECTORY":
        os.makedirs(target, exist_ok=True)
        for entry in hdfs_json("GET", path, "LISTSTATUS", profile)["FileStatuses"]["FileStatus"]:
            name = entry["pathSuffix"]
            if name in ("", ".", "..") or "/" in name:
                raise RuntimeError(f"LISTSTATUS {path} named an entry {name!r}")
            hdfs_download(f"{path.rstrip('/')}/{name}", os.path.join(target, name), profile)
        return
    if status["type"] != "FILE":
        raise RuntimeError(f"{path} is a {status['type']}, neither a file nor a directory")
    connection, response = hdfs_redirected("GET", path, "OPEN", profile)
    save(response, target, "hdfs://" + path)
    connection.close()


def hdfs_create(path, source, profile):
    connection, response = hdfs_redirected("PUT", path, "CREATE", profile, {"overwrite": "true"}, source)
    response.read()
    connection.close()


def hdfs_get(request):
    hdfs_download(hdfs_path(request["url"]), os.path.join(SHARED, request["file"]), request.get("profile"))


def hdfs_put(request):
    path, source, profile = hdfs_path(request["url"]), os.path.join(SHARED, request["file"]), request.get("profile")
    if not os.path.isdir(source):
        hdfs_create(path, source, profile)
        return
    copying = path.rstrip("/") + "._COPYING_"
    hdfs_json("DELETE", copying, "DELETE", profile, {"recursive": "true"})
    hdfs_json("PUT", copying, "MKDIRS", profile)
    for root, directories, files in os.walk(source):
        relative = os.path.relpath(root, source)
        base = copying if relative == "." else f"{copying}/{relative}"
        for name in sorted(directories):
            hdfs_json("PUT", f"{base}/{name}", "MKDIRS", profile)
        for name in sorted(files):
            hdfs_create(f"{base}/{name}", os.path.join(root, name), profile)
    hdfs_json("DELETE", path, "DELETE", profile, {"recursive": "true"})
    renamed = hdfs_json("PUT", copying, "RENAME", profile, {"destination": path})
    if not renamed.get("boolean"):
        raise RuntimeError(f"RENAME {copying} to {path} was refused")
`;
