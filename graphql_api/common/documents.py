"""Documents: downloadable files with their public URL, size and type."""

import os

import strawberry


@strawberry.type(name="Document", description="A downloadable file of the document library.")
class DocumentType:
    document: strawberry.Private[object]

    @strawberry.field(description="Identifier of the document in the library.")
    def id(self) -> strawberry.ID:
        return strawberry.ID(str(self.document.pk))

    @strawberry.field(description="Title of the document in the library.")
    def title(self) -> str:
        return self.document.title

    @strawberry.field(description="Public download URL, relative to the site.")
    def url(self) -> str:
        return self.document.url

    @strawberry.field(description="File name, with its extension.")
    def filename(self) -> str:
        return os.path.basename(self.document.file.name)

    @strawberry.field(description="Size of the file in bytes, if known.")
    def file_size(self) -> int | None:
        if self.document.file_size is not None:
            return self.document.file_size
        try:
            return self.document.file.size
        except OSError:
            return None

    @strawberry.field(description="File type: the extension in lower case, e.g. 'pdf'.")
    def file_type(self) -> str:
        return self.document.file_extension.lower()
