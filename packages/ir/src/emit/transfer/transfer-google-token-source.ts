/**
 * How the transfer tool gets a Google OAuth2 access token (Python, part of TRANSFER_SOURCE), as
 * Google's client libraries do, with the standard library only:
 * - with a service-account key file (the profile's SERVICE_ACCOUNT_KEY, from a Secret): a JWT
 *   signed RS256 with the key's private key, POSTed to the key's `token_uri` as the
 *   `urn:ietf:params:oauth:grant-type:jwt-bearer` grant (RFC 7523), scope
 *   `devstorage.read_write`. RS256 is RSASSA-PKCS1-v1_5 with SHA-256 (RFC 7518 §3.3, RFC 8017
 *   §8.2): the PEM's PKCS#8 DER is read for the RSA modulus and private exponent, and the padded
 *   digest raised to that exponent with pow(). Python has no RSA of its own and the sidecar's
 *   image is only promised python3, so no `cryptography` package;
 * - without one: the metadata server's token for the pod's service account (GKE Workload
 *   Identity, GCE), at the host in GCE_METADATA_HOST (which google-auth reads too) or
 *   `metadata.google.internal`, with the `Metadata-Flavor: Google` header it requires.
 * A token is kept per profile until a minute before it expires: the sidecar may serve many
 * transfers, and the token endpoint has quotas.
 */
export const GOOGLE_TOKEN_SOURCE = String.raw`
GCS_SCOPE = "https://www.googleapis.com/auth/devstorage.read_write"
# DER of DigestInfo's AlgorithmIdentifier for SHA-256 and the digest's OCTET STRING header (RFC 8017 §9.2, note 1).
SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")
TOKENS = {}


def der_element(data, offset):
    # One DER element at offset: its tag, its content and the offset after it.
    tag, length = data[offset], data[offset + 1]
    offset += 2
    if length & 0x80:
        count = length & 0x7F
        length = int.from_bytes(data[offset:offset + count], "big")
        offset += count
    if offset + length > len(data):
        raise ValueError("truncated DER")
    return tag, data[offset:offset + length], offset + length


def der_sequence(data):
    tag, content, _ = der_element(data, 0)
    if tag != 0x30:
        raise ValueError("not a DER SEQUENCE")
    items, offset = [], 0
    while offset < len(content):
        tag, item, offset = der_element(content, offset)
        items.append(item)
    return items


def rsa_private_key(pem):
    # PKCS#8 PrivateKeyInfo ("BEGIN PRIVATE KEY", Google's key files) or PKCS#1 ("BEGIN RSA PRIVATE KEY").
    try:
        der = base64.b64decode("".join(line for line in pem.strip().splitlines() if not line.startswith("-----")), validate=True)
        fields = der_sequence(der)
        if "BEGIN PRIVATE KEY" in pem:
            fields = der_sequence(fields[2])
        modulus, exponent = int.from_bytes(fields[1], "big"), int.from_bytes(fields[3], "big")
    except (ValueError, IndexError) as error:
        raise ValueError(f"the private_key of the service-account key is not an RSA private key in PEM ({error})") from None
    return modulus, exponent


def rs256(message, modulus, exponent):
    size = (modulus.bit_length() + 7) // 8
    digest = SHA256_DIGEST_INFO + hashlib.sha256(message).digest()
    padded = b"\x00\x01" + b"\xff" * (size - len(digest) - 3) + b"\x00" + digest
    return pow(int.from_bytes(padded, "big"), exponent, modulus).to_bytes(size, "big")


def base64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def exchange(method, url, headers, body=None):
    parsed = urllib.parse.urlsplit(url)
    connection = connect(parsed.scheme, parsed.netloc)
    try:
        connection.request(method, urllib.parse.urlunsplit(("", "", parsed.path or "/", parsed.query, "")), body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.reason, response.read().decode("utf-8", errors="replace")
    finally:
        connection.close()


def key_token(text):
    try:
        key = json.loads(text)
        email, pem = key["client_email"], key["private_key"]
    except (ValueError, KeyError, TypeError):
        raise ValueError("the service-account key is not a Google JSON key file (client_email, private_key)") from None
    token_uri = key.get("token_uri") or "https://oauth2.googleapis.com/token"
    modulus, exponent = rsa_private_key(pem)
    now = int(time.time())
    header = {"alg": "RS256", "typ": "JWT", **({"kid": key["private_key_id"]} if key.get("private_key_id") else {})}
    claims = {"iss": email, "scope": GCS_SCOPE, "aud": token_uri, "iat": now, "exp": now + 3600}
    signed = base64url(json.dumps(header).encode()) + "." + base64url(json.dumps(claims).encode())
    assertion = signed + "." + base64url(rs256(signed.encode(), modulus, exponent))
    form = urllib.parse.urlencode({"grant_type": "urn:ietf:params:oauth:grant-type:jwt-bearer", "assertion": assertion})
    status, reason, detail = exchange("POST", token_uri, {"Content-Type": "application/x-www-form-urlencoded"}, form)
    if status != 200:
        raise RuntimeError(f"{token_uri} refused the service-account key of {email}: {status} {reason}: {detail[:2000]}")
    return json.loads(detail)


def metadata_token():
    host = os.environ.get("GCE_METADATA_HOST") or "metadata.google.internal"
    url = f"http://{host}/computeMetadata/v1/instance/service-accounts/default/token"
    try:
        status, reason, detail = exchange("GET", url, {"Metadata-Flavor": "Google"})
    except OSError as error:
        raise RuntimeError(
            f"no serviceAccountKey is set, and the metadata server {host} cannot be reached ({error}): "
            "give the location a serviceAccountKey secret, or run the pod with Workload Identity"
        ) from None
    if status != 200:
        raise RuntimeError(f"the metadata server {host} gave no token: {status} {reason}: {detail[:2000]}")
    return json.loads(detail)


def google_token(profile):
    cached = TOKENS.get(profile)
    if cached and cached[1] > time.time() + 60:
        return cached[0]
    key = setting(profile, "SERVICE_ACCOUNT_KEY")
    granted = key_token(key) if key else metadata_token()
    TOKENS[profile] = (granted["access_token"], time.time() + int(granted.get("expires_in", 3600)))
    return granted["access_token"]
`;
