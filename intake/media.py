"""Photos, voice notes and documents: sniffing, size caps and metadata stripping.

Originals are kept (encrypted) as evidence; anything shown or shared is the stripped copy:
an image re-encoded from its pixels alone, so EXIF (GPS, device, time) and other metadata
are gone. Works on bytes in memory; nothing here touches disk.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from intake.errors import IntakeError

# WhatsApp's own limits (16 MB per message, 5 MB for images); the web form uses the same.
MAX_MEDIA_BYTES = 16 * 1024 * 1024
MAX_IMAGE_BYTES = 5 * 1024 * 1024
MAX_IMAGE_PIXELS = 40_000_000  # refuse decompression bombs

_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"WEBP", 8, "image/webp"),
    (b"OggS", 0, "audio/ogg"),
    (b"#!AMR", 0, "audio/amr"),
    (b"ID3", 0, "audio/mpeg"),
    (b"%PDF-", 0, "application/pdf"),
    (b"ftyp", 4, "video/mp4"),
)
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/gif", "image/webp"})


class MediaRejectedError(IntakeError):
    code = "media.rejected"
    http_status = 415


class MediaTooLargeError(IntakeError):
    code = "media.too_large"
    http_status = 413


@dataclass(frozen=True, slots=True, repr=False)
class CheckedMedia:
    content_type: str
    original: bytes
    shareable: bytes | None  # the stripped copy for images; None for other kinds

    def __repr__(self) -> str:
        return f"CheckedMedia({self.content_type}, {len(self.original)} bytes)"


def sniff_content_type(data: bytes) -> str | None:
    """The type the bytes really are, by magic number (never trust the declared type)."""
    for signature, offset, content_type in _SIGNATURES:
        if data[offset : offset + len(signature)] == signature:
            if content_type == "image/webp" and not data.startswith(b"RIFF"):
                continue
            return content_type
    return None


def check_media(data: bytes, *, max_bytes: int = MAX_MEDIA_BYTES) -> CheckedMedia:
    if len(data) > max_bytes:
        raise MediaTooLargeError("the file is too large")
    content_type = sniff_content_type(data)
    if content_type is None:
        raise MediaRejectedError("this kind of file is not accepted")
    if content_type in IMAGE_TYPES:
        if len(data) > MAX_IMAGE_BYTES:
            raise MediaTooLargeError("the image is too large")
        return CheckedMedia(content_type, data, strip_image_metadata(data))
    return CheckedMedia(content_type, data, None)


def strip_image_metadata(data: bytes) -> bytes:
    """Re-encode an image from its pixels only (orientation applied first), as JPEG or PNG."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_IMAGE_PIXELS:
                raise MediaRejectedError("the image is too large")
            image.load()
            upright = ImageOps.exif_transpose(image)
            has_alpha = upright.mode in ("RGBA", "LA", "P")
            clean = Image.new("RGBA" if has_alpha else "RGB", upright.size)
            clean.paste(upright.convert(clean.mode))
            out = io.BytesIO()
            if has_alpha:
                clean.save(out, format="PNG", optimize=True)
            else:
                clean.save(out, format="JPEG", quality=88)
            return out.getvalue()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise MediaRejectedError("the image could not be read") from exc
