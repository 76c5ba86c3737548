"""Media storage from the environment: the bucket when configured, and the origin the
Content-Security-Policy must let images load from (or browsers show none)."""

from portal.media_storage import media_origins, object_storage


def test_without_a_bucket_uploads_stay_on_the_local_disk():
    assert object_storage({"AWS_S3_ENDPOINT_URL": "https://s3.example"}) is None
    assert media_origins(None) == []


def test_a_bucket_behind_a_cdn_is_linked_and_allowed_from_the_cdn_host():
    storage = object_storage(
        {
            "AWS_STORAGE_BUCKET_NAME": "vitrine-media",
            "AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud",
            "AWS_S3_CUSTOM_DOMAIN": "media.vitrine.mons.be",
            "AWS_SECRET_ACCESS_KEY": "never-in-settings",
        }
    )

    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    options = storage["OPTIONS"]
    assert options["custom_domain"] == "media.vitrine.mons.be"
    assert options["querystring_auth"] is False  # a cached page outlives a signature
    assert options["file_overwrite"] is False  # a second "logo.jpg" keeps the first
    assert "never-in-settings" not in repr(storage)  # boto3 reads keys from the environment
    assert media_origins(storage) == ["https://media.vitrine.mons.be"]


def test_without_a_cdn_images_are_allowed_from_the_bucket_itself():
    path_style = object_storage(
        {"AWS_STORAGE_BUCKET_NAME": "media", "AWS_S3_ENDPOINT_URL": "http://minio.internal:9000/"}
    )
    virtual = object_storage(
        {
            "AWS_STORAGE_BUCKET_NAME": "media",
            "AWS_S3_ENDPOINT_URL": "https://s3.example",
            "AWS_S3_ADDRESSING_STYLE": "virtual",
        }
    )
    aws = object_storage({"AWS_STORAGE_BUCKET_NAME": "media", "AWS_S3_REGION_NAME": "eu-west-1"})

    assert media_origins(path_style) == ["http://minio.internal:9000"]
    assert media_origins(virtual) == ["https://media.s3.example"]
    assert media_origins(aws) == [
        "https://media.s3.amazonaws.com",
        "https://media.s3.eu-west-1.amazonaws.com",
    ]
