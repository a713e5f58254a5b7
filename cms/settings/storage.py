"""The media storage on S3-compatible object storage (AWS S3, MinIO, Ceph, Scaleway...)."""

from urllib.parse import urlsplit


def s3_media_storage(bucket, endpoint_url, region, access_key, secret_key, public_url, prefix):
    """The STORAGES entry for media in the bucket, read through its public URL when given."""
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint_url,
        "region_name": region,
        "access_key": access_key,
        "secret_key": secret_key,
        "location": prefix.strip("/"),
        # Two editors uploading "logo.png" must not overwrite each other's file.
        "file_overwrite": False,
        "default_acl": None,
        "client_config": _client_config(),
    }
    if public_url:
        # Public objects behind a CDN or the bucket's public endpoint: stable, cacheable URLs.
        parts = urlsplit(public_url)
        options["custom_domain"] = f"{parts.netloc}{parts.path.rstrip('/')}"
        options["url_protocol"] = f"{parts.scheme}:"
        options["querystring_auth"] = False
    else:
        # A private bucket: signed URLs that outlive any cached page or API response.
        options["querystring_auth"] = True
        options["querystring_expire"] = 24 * 3600
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def _client_config():
    """Client settings for any S3-compatible server, with bounded waits."""
    from botocore.config import Config

    return Config(
        # Path-style URLs work with every S3-compatible server; virtual hosts need DNS.
        s3={"addressing_style": "path"},
        # Bounded waits: /readyz must answer within a load balancer's probe timeout.
        connect_timeout=2,
        read_timeout=10,
        retries={"max_attempts": 2},
    )
