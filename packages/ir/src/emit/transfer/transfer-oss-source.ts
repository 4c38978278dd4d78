/**
 * The transfer tool's Alibaba OSS client (Python, part of TRANSFER_SOURCE): OSS's own REST API,
 * signed as its SDKs sign by default (aliyun-oss-go-sdk `signHeader`, which Argo's OSS driver
 * uses): `Authorization: OSS <AccessKeyId>:<Signature>`, the signature HMAC-SHA1 (base64) over
 * VERB, Content-MD5, Content-Type, Date, the sorted `x-oss-*` headers and `/<bucket>/<key>` with
 * the key as written (not percent-encoded). OSS has an S3-compatible API too, but its own is the
 * one every OSS endpoint (and Argo) speaks. URLs are `oss://bucket/key`; the profile's ENDPOINT is
 * the location's endpoint. Like the SDKs, the bucket goes in the host name (`bucket.endpoint`)
 * unless the endpoint is an IP address, then in the path. A directory is marked by the object's
 * `x-oss-meta-couler-archive: tar` header.
 */
export const OSS_TRANSFER_SOURCE = String.raw`
def oss_target(url, endpoint):
    bucket, key = bucket_key(url)
    if not endpoint:
        raise ValueError(f"{url!r} has no OSS endpoint")
    server = urllib.parse.urlsplit(endpoint if "://" in endpoint else "https://" + endpoint)
    try:
        ipaddress.ip_address(server.hostname or "")
        host, path = server.netloc, f"/{object_path(bucket)}/{object_path(key)}"
    except ValueError:
        host, path = f"{bucket}.{server.netloc}", "/" + object_path(key)
    return server.scheme, host, path, f"/{bucket}/{key}"


def oss_sign(method, headers, resource, access, secret):
    date = email.utils.formatdate(usegmt=True)
    headers = {**headers, "Date": date}
    oss_headers = sorted((name.lower(), str(value)) for name, value in headers.items() if name.lower().startswith("x-oss-"))
    canonical = "".join(f"{name}:{value}{NEWLINE}" for name, value in oss_headers)
    to_sign = NEWLINE.join([method, headers.get("Content-MD5", ""), headers.get("Content-Type", ""), date, canonical + resource])
    signature = base64.b64encode(hmac.new(secret.encode(), to_sign.encode(), hashlib.sha1).digest()).decode()
    headers["Authorization"] = f"OSS {access}:{signature}"
    return headers


def oss_request(method, url, profile, body_path=None, archive=False):
    scheme, host, path, resource = oss_target(url, setting(profile, "ENDPOINT"))
    headers = {}
    if body_path:
        # OSS checks Content-MD5 against the body it received (InvalidDigest), so a cut upload fails.
        headers["Content-MD5"] = base64.b64encode(file_digest(body_path, "md5").digest()).decode()
        headers["Content-Type"] = "application/x-tar" if archive else "application/octet-stream"
        if archive:
            headers["x-oss-meta-couler-archive"] = "tar"
    access, secret = setting(profile, "ACCESS_KEY"), setting(profile, "SECRET_KEY")
    if access:
        headers = oss_sign(method, headers, resource, access, secret)
    return send(method, scheme, host, path, headers, body_path)
`;
