"""Uploads kept in an S3-compatible bucket and served from the portal's own /media/."""

from urllib.parse import urljoin

from django.conf import settings
from django.utils.encoding import filepath_to_uri
from storages.backends.s3 import S3Storage
from storages.utils import clean_name


class MediaBucketStorage(S3Storage):
    """The bucket every node shares, chosen by settings.base.media_storage_from_env.

    Pages name /media/<key> on the portal's own origin and nginx fetches it from the bucket
    (deploy/nginx/media-object-storage.conf.template): a strict Content-Security-Policy allows
    nothing from another origin, and the bucket can move without a page changing.
    """

    # As in a folder: a second upload with the same name is kept beside the first, never over it.
    file_overwrite = False
    # Objects carry no ACL: nginx reads them through the bucket's policy, which many S3-compatible
    # services (and new AWS buckets) require, since they refuse per-object ACLs.
    default_acl = None

    def url(self, name):
        return urljoin(settings.MEDIA_URL, filepath_to_uri(clean_name(name)))
