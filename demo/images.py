"""Images drawn at load time with Pillow, so the demo needs no downloads."""

import hashlib
import io

from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

# A small palette of calm, high-contrast backgrounds; white text stays readable on each.
PALETTE = ["#0b4f8a", "#1d6f42", "#8a3b12", "#5b2a86", "#0f6e6e", "#9c1c3a", "#3d4f5c"]


def colour_for(key):
    """A background colour chosen from the key, the same on every run."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return PALETTE[digest[0] % len(PALETTE)]


def _font(size):
    return ImageFont.load_default(size=size)


def _centred_text(draw, box, text, size, fill="white"):
    """Draw text centred in the box, shrinking the font until it fits."""
    left, top, right, bottom = box
    while size > 10:
        font = _font(size)
        x0, y0, x1, y1 = draw.textbbox((0, 0), text, font=font)
        if x1 - x0 <= (right - left) * 0.9:
            break
        size -= 4
    width, height = x1 - x0, y1 - y0
    x = left + (right - left - width) / 2 - x0
    y = top + (bottom - top - height) / 2 - y0
    draw.text((x, y), text, font=font, fill=fill)


def logo_card(label, key):
    """A 480x240 card with the partner's acronym or initials on a coloured background."""
    image = PILImage.new("RGB", (480, 240), colour_for(key))
    draw = ImageDraw.Draw(image)
    draw.rectangle((12, 12, 467, 227), outline="white", width=4)
    _centred_text(draw, (24, 24, 456, 216), label, 96)
    return image


def banner(heading, key):
    """A 1200x675 banner (16:9, as cards show it, so nothing is cut): the heading over the
    bridge of the helpdesk's logo, Europe's yellow at one end and Japan's red at the other."""
    image = PILImage.new("RGB", (1200, 675), colour_for(key))
    draw = ImageDraw.Draw(image)
    _centred_text(draw, (90, 110, 1110, 300), heading, 80)
    draw.arc((240, 390, 960, 870), start=200, end=340, fill="white", width=10)
    # The deck, and the hangers from the arch down to it.
    draw.line((252, 530, 948, 530), fill="white", width=6)
    for x, top in ((360, 452), (480, 404), (600, 390), (720, 404), (840, 452)):
        draw.line((x, top, x, 530), fill="white", width=6)
    draw.ellipse((222, 500, 282, 560), fill="#ffcf40")
    draw.ellipse((918, 500, 978, 560), fill="#e5484d")
    _centred_text(
        draw, (90, 580, 1110, 640), "EU-Japan Regional & Cluster Cooperation Helpdesk", 30
    )
    return image


def get_or_create_image(title, description, description_ja, draw, filename):
    """Return (image, created): the image with this title, drawn and saved if missing.

    The title is the key that lets a second run find the image instead of drawing it again.
    """
    model = get_image_model()
    existing = model.objects.filter(title=title).order_by("pk").first()
    if existing is not None:
        return existing, False
    buffer = io.BytesIO()
    draw().save(buffer, format="PNG", optimize=True)
    image = model(
        title=title,
        description=description,
        description_ja=description_ja,
        file=ImageFile(buffer, name=filename),
    )
    image.save()
    return image, True
