"""Where uploads live: the local media folder, or an S3-compatible bucket.

A second app server sees the images an editor uploaded through the first only if both
read and write one store: with ``AWS_STORAGE_BUCKET_NAME`` set, originals, renditions
and documents go to that bucket through django-storages (any S3 API: AWS, MinIO, Ceph,
Scaleway, OVH …). Keys come from the environment as boto3 and django-storages read them
(``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, or an instance role), never from a file.

Read by the settings, so this module imports nothing from Django.
"""

from urllib.parse import urlsplit


# A rendition's name changes with its image's file, focal point and filter; a day keeps
# a CDN's copy fresh enough for an original replaced under the same name.
MEDIA_CACHE_CONTROL = "public, max-age=86400"


def object_storage(environ):
    """The STORAGES["default"] entry for the bucket configured in ``environ``, or None."""
    bucket = environ.get("AWS_STORAGE_BUCKET_NAME", "").strip()
    if not bucket:
        return None
    options = {
        "bucket_name": bucket,
        # Plain URLs: the bucket or the CDN in front lets anyone read images; a signed
        # URL per render would also defeat the page cache.
        "querystring_auth": False,
        # Two uploads named "logo.jpg" keep two files, as on the local disk.
        "file_overwrite": False,
        "object_parameters": {"CacheControl": MEDIA_CACHE_CONTROL},
    }
    for variable, option in (
        ("AWS_S3_ENDPOINT_URL", "endpoint_url"),
        ("AWS_S3_REGION_NAME", "region_name"),
        ("AWS_S3_CUSTOM_DOMAIN", "custom_domain"),
        ("AWS_S3_URL_PROTOCOL", "url_protocol"),
        ("AWS_S3_ADDRESSING_STYLE", "addressing_style"),
        ("AWS_DEFAULT_ACL", "default_acl"),
        ("AWS_LOCATION", "location"),
    ):
        if environ.get(variable, "").strip():
            options[option] = environ[variable].strip()
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}


def media_origins(storage):
    """The origins browsers load images from, for the Content-Security-Policy."""
    if storage is None:
        return []
    options = storage["OPTIONS"]
    bucket = options["bucket_name"]
    if "custom_domain" in options:
        protocol = options.get("url_protocol", "https:")
        return [f"{protocol}//{options['custom_domain'].split('/')[0]}"]
    if "endpoint_url" in options:
        endpoint = urlsplit(options["endpoint_url"])
        if options.get("addressing_style") == "virtual":
            return [f"{endpoint.scheme}://{bucket}.{endpoint.netloc}"]
        return [f"{endpoint.scheme}://{endpoint.netloc}"]
    origins = [f"https://{bucket}.s3.amazonaws.com"]
    if options.get("region_name"):
        origins.append(f"https://{bucket}.s3.{options['region_name']}.amazonaws.com")
    return origins
