"""An attachment larger than the limit is dropped while it arrives, never received whole."""

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile


class AttachmentSizeLimit(FileUploadHandler):
    """Skips a file once more than APPLICATION_MAX_ATTACHMENT_BYTES of it has arrived."""

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > settings.APPLICATION_MAX_ATTACHMENT_BYTES:
            # The form says why the file is missing, in its own language.
            self.request.oversized_upload = True
            raise SkipFile
        return raw_data

    def file_complete(self, file_size):
        # The next handlers keep the file: this one only counts.
        return None


def limit_attachment_size(request):
    """Stop reading the request's files past the limit: before anything reads its body."""
    if hasattr(request, "oversized_upload"):
        return
    request.oversized_upload = False
    request.upload_handlers.insert(0, AttachmentSizeLimit(request))
