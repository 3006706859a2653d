"""Pictures for demo content, drawn with Pillow: a section's colours, a motif hinting at the subject, and
one of several compositions, so a page of demo articles does not show one picture over and over.

They stand in for the photos staff upload, at the sizes real photos come in, and are
labelled "Ảnh minh họa" (illustration) so nobody takes them for news photos.
"""

import colorsys
import math
import random
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont, ImageOps

FONT_FILE = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
WHITE = (255, 255, 255, 235)
CLEAR = (0, 0, 0, 0)
# Motifs are drawn at twice their size and scaled down: Pillow's shapes have no antialiasing.
SUPERSAMPLE = 2


def font(size):
    # DejaVu has every Vietnamese letter; Pillow's own font stands in on machines without it.
    if FONT_FILE.exists():
        return ImageFont.truetype(str(FONT_FILE), size)
    return ImageFont.load_default(size=size)


def illustration(size, colours, motif, *, seed, label="Ảnh minh họa"):
    """A JPEG: a gradient of the two colours (shifted a little in hue and turned, per seed), a backdrop
    and a white motif, laid out in one of several compositions. The same seed always draws the same picture;
    different seeds give pictures that do not look alike."""
    rng = random.Random(seed)
    width, height = size
    start, end = (_shift_hue(colour, rng.uniform(-0.06, 0.06)) for colour in colours)
    image = _gradient(size, start, end, angle=rng.choice([45, 135, 90, 20])).convert("RGBA")
    composition = rng.choice(COMPOSITIONS)
    composition(image, rng, motif)
    if label:
        margin = height // 18
        ImageDraw.Draw(image).text(
            (margin, height - margin), label, font=font(max(14, height // 26)), fill=WHITE, anchor="ls"
        )
    return _encode(image.convert("RGB"), "JPEG", quality=82)


def _bubbles(image, rng, count=7):
    width, height = image.size
    layer = Image.new("RGBA", image.size, CLEAR)
    draw = ImageDraw.Draw(layer)
    for _ in range(count):
        radius = rng.uniform(0.08, 0.4) * height
        x, y = rng.uniform(0, width), rng.uniform(0, height)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=(255, 255, 255, rng.randint(12, 36)))
    image.alpha_composite(layer)


def _place(image, motif, side, centre_x, centre_y):
    image.alpha_composite(_motif(motif, side), (int(centre_x - side / 2), int(centre_y - side / 2)))


def _spotlight(image, rng, motif):
    """Soft circles and one large motif, off centre."""
    width, height = image.size
    _bubbles(image, rng)
    side = int(height * rng.uniform(0.48, 0.62))
    _place(image, motif, side, rng.choice([0.3, 0.65, 0.7]) * width, height / 2)


def _stripes(image, rng, motif):
    """Diagonal bands of light, the motif in a band's path."""
    width, height = image.size
    layer = Image.new("RGBA", image.size, CLEAR)
    draw = ImageDraw.Draw(layer)
    step = width / rng.randint(5, 9)
    for index in range(-3, int(width / step) + 4):
        left = index * step
        draw.polygon(
            [
                (left, 0),
                (left + step * 0.45, 0),
                (left + step * 0.45 - height * 0.6, height),
                (left - height * 0.6, height),
            ],
            fill=(255, 255, 255, rng.randint(10, 28)),
        )
    image.alpha_composite(layer)
    side = int(height * rng.uniform(0.42, 0.55))
    _place(image, motif, side, rng.uniform(0.25, 0.75) * width, height * rng.uniform(0.42, 0.55))


def _pattern(image, rng, motif):
    """A quiet grid of small motifs and one large one in front."""
    width, height = image.size
    small = int(height * 0.16)
    layer = Image.new("RGBA", image.size, CLEAR)
    tile = _motif(motif, small)
    tile.putalpha(tile.getchannel("A").point(lambda alpha: alpha // 4))
    offset = rng.randint(0, small)
    for row, y in enumerate(range(-small // 2, height, int(small * 1.5))):
        for x in range(-small + (offset if row % 2 else 0), width, int(small * 1.6)):
            layer.paste(tile, (x, y), tile)
    image.alpha_composite(layer)
    side = int(height * 0.5)
    _place(image, motif, side, width * rng.choice([0.5, 0.68]), height / 2)


def _skyline(image, rng, motif):
    """The silhouette of hospital buildings along the bottom, the motif in the sky above them."""
    width, height = image.size
    layer = Image.new("RGBA", image.size, CLEAR)
    draw = ImageDraw.Draw(layer)
    x = 0.0
    while x < width:
        block = rng.uniform(0.08, 0.2) * width
        top = height * rng.uniform(0.55, 0.8)
        draw.rectangle((x, top, x + block - width * 0.01, height), fill=(255, 255, 255, 34))
        for window_y in range(int(top + height * 0.04), height, int(height * 0.07)):
            for window_x in range(int(x + block * 0.15), int(x + block * 0.85), max(8, int(block * 0.2))):
                draw.rectangle(
                    (window_x, window_y, window_x + block * 0.08, window_y + height * 0.03), fill=(255, 255, 255, 30)
                )
        x += block
    image.alpha_composite(layer)
    side = int(height * 0.4)
    _place(image, motif, side, rng.uniform(0.3, 0.7) * width, height * 0.3)


def _rings(image, rng, motif):
    """Rings spreading from the motif, as from a stone in water."""
    width, height = image.size
    centre_x, centre_y = rng.uniform(0.35, 0.65) * width, height / 2
    layer = Image.new("RGBA", image.size, CLEAR)
    draw = ImageDraw.Draw(layer)
    for ring in range(1, 9):
        radius = ring * height * 0.14
        draw.ellipse(
            (centre_x - radius, centre_y - radius, centre_x + radius, centre_y + radius),
            outline=(255, 255, 255, 60 - ring * 6),
            width=max(2, height // 120),
        )
    image.alpha_composite(layer)
    _place(image, motif, int(height * 0.44), centre_x, centre_y)


COMPOSITIONS = [_spotlight, _stripes, _pattern, _skyline, _rings]


def _shift_hue(colour, amount):
    hue, lightness, saturation = colorsys.rgb_to_hls(*(channel / 255 for channel in colour))
    red, green, blue = colorsys.hls_to_rgb((hue + amount) % 1, lightness, saturation)
    return round(red * 255), round(green * 255), round(blue * 255)


def emblem(colour, size=256):
    """A round PNG with a medical cross, for the site header until staff upload the real one."""
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), CLEAR)
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, big - 1, big - 1), fill=(*colour, 255))
    draw.ellipse(_inset(big, 0.06), outline=WHITE, width=big // 40)
    _paint_cross(draw, big, fill=WHITE)
    return _encode(image.resize((size, size), Image.Resampling.LANCZOS), "PNG")


def _encode(image, image_format, **options):
    buffer = BytesIO()
    image.save(buffer, format=image_format, **options)
    return buffer.getvalue()


def _gradient(size, start, end, angle=45):
    # A turn of Pillow's 256-step ramp, cropped to its fully covered middle and stretched.
    ramp = Image.linear_gradient("L").rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
    middle_x, middle_y = ramp.width // 2, ramp.height // 2
    half = int(128 / math.sqrt(2)) - 2
    mask = ImageOps.autocontrast(ramp.crop((middle_x - half, middle_y - half, middle_x + half, middle_y + half)))
    mask = mask.resize(size, Image.Resampling.BICUBIC)
    return Image.composite(Image.new("RGB", size, end), Image.new("RGB", size, start), mask)


def _motif(name, side):
    big = side * SUPERSAMPLE
    layer = Image.new("RGBA", (big, big), CLEAR)
    draw = ImageDraw.Draw(layer)
    draw.ellipse((0, 0, big - 1, big - 1), fill=(255, 255, 255, 38))
    draw.ellipse(_inset(big, 0.05), outline=(255, 255, 255, 170), width=max(2, big // 90))
    PAINTERS[name](draw, big)
    return layer.resize((side, side), Image.Resampling.LANCZOS)


def _inset(side, fraction):
    return (side * fraction, side * fraction, side * (1 - fraction), side * (1 - fraction))


def _star_points(cx, cy, outer, inner, points=5):
    corners = []
    for index in range(points * 2):
        radius = outer if index % 2 == 0 else inner
        angle = -math.pi / 2 + index * math.pi / points
        corners.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return corners


# Painters draw white on the motif layer; CLEAR cuts holes that let the gradient show through.


def _paint_cross(draw, s, fill=WHITE):
    radius = s * 0.03
    draw.rounded_rectangle((s * 0.39, s * 0.2, s * 0.61, s * 0.8), radius=radius, fill=fill)
    draw.rounded_rectangle((s * 0.2, s * 0.39, s * 0.8, s * 0.61), radius=radius, fill=fill)


def _paint_star(draw, s):
    draw.polygon(_star_points(s / 2, s * 0.53, s * 0.33, s * 0.14), fill=WHITE)


def _paint_heart(draw, s):
    points = []
    for step in range(120):
        t = 2 * math.pi * step / 120
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        points.append((s / 2 + x * s * 0.019, s * 0.5 - y * s * 0.019))
    draw.polygon(points, fill=WHITE)
    draw.line([(s * 0.3, s * 0.5), (s * 0.42, s * 0.5), (s * 0.47, s * 0.4), (s * 0.54, s * 0.6), (s * 0.58, s * 0.5),
               (s * 0.7, s * 0.5)], fill=CLEAR, width=int(s * 0.03), joint="curve")  # fmt: skip


def _paint_document(draw, s):
    draw.rounded_rectangle((s * 0.29, s * 0.2, s * 0.71, s * 0.8), radius=s * 0.03, fill=WHITE)
    for row in range(6):
        y = s * (0.33 + row * 0.075)
        right = s * (0.55 if row == 5 else 0.63)
        draw.line([(s * 0.37, y), (right, y)], fill=CLEAR, width=int(s * 0.025))


def _paint_medal(draw, s):
    draw.polygon([(s * 0.36, s * 0.16), (s * 0.46, s * 0.16), (s * 0.54, s * 0.42), (s * 0.44, s * 0.42)], fill=WHITE)
    draw.polygon([(s * 0.54, s * 0.16), (s * 0.64, s * 0.16), (s * 0.56, s * 0.42), (s * 0.46, s * 0.42)], fill=WHITE)
    draw.ellipse((s * 0.3, s * 0.38, s * 0.7, s * 0.78), fill=WHITE)
    draw.polygon(_star_points(s / 2, s * 0.585, s * 0.13, s * 0.055), fill=CLEAR)


def _paint_people(draw, s):
    for cx, cy, scale in [(0.32, 0.44, 0.8), (0.68, 0.44, 0.8), (0.5, 0.4, 1.0)]:
        head = 0.075 * scale
        draw.ellipse((s * (cx - head), s * (cy - head), s * (cx + head), s * (cy + head)), fill=WHITE)
        body_width, body_top = 0.15 * scale, cy + head * 1.25
        draw.pieslice(
            (s * (cx - body_width), s * body_top, s * (cx + body_width), s * (body_top + 2 * body_width)),
            180,
            360,
            fill=WHITE,
        )


def _paint_trophy(draw, s):
    width = int(s * 0.035)
    draw.arc((s * 0.22, s * 0.26, s * 0.42, s * 0.48), 90, 270, fill=WHITE, width=width)
    draw.arc((s * 0.58, s * 0.26, s * 0.78, s * 0.48), 270, 90, fill=WHITE, width=width)
    draw.chord((s * 0.3, s * 0.02, s * 0.7, s * 0.58), 0, 180, fill=WHITE)
    draw.rectangle((s * 0.3, s * 0.2, s * 0.7, s * 0.3), fill=WHITE)
    draw.rectangle((s * 0.465, s * 0.55, s * 0.535, s * 0.68), fill=WHITE)
    draw.rounded_rectangle((s * 0.36, s * 0.67, s * 0.64, s * 0.77), radius=s * 0.02, fill=WHITE)
    draw.polygon(_star_points(s / 2, s * 0.37, s * 0.07, s * 0.03), fill=CLEAR)


def _paint_shield(draw, s):
    draw.polygon(
        [(s * 0.5, s * 0.17), (s * 0.75, s * 0.27), (s * 0.72, s * 0.55), (s * 0.5, s * 0.83), (s * 0.28, s * 0.55),
         (s * 0.25, s * 0.27)],
        fill=WHITE,
    )  # fmt: skip
    draw.line([(s * 0.39, s * 0.5), (s * 0.47, s * 0.59), (s * 0.62, s * 0.4)], fill=CLEAR, width=int(s * 0.05))


PAINTERS = {
    "cross": _paint_cross,
    "star": _paint_star,
    "heart": _paint_heart,
    "document": _paint_document,
    "medal": _paint_medal,
    "people": _paint_people,
    "trophy": _paint_trophy,
    "shield": _paint_shield,
}
