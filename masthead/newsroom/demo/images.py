"""Demo lead images, drawn locally with Pillow: no network, no stock photos.

Each section gets three abstract pictures (circles, diagonal bands, a grid of tiles) in
its own colours, labelled with the section's name. The alt text says exactly that.
"""

import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

WIDTH, HEIGHT = 1200, 675
JPEG_QUALITY = 70

# Per section: (background name, rgb), (accent name, rgb), (second accent name, rgb).
PALETTES = {
    "asia": [("deep red", (140, 24, 34)), ("coral", (240, 128, 100)), ("cream", (250, 236, 210))],
    "world": [("navy", (18, 42, 86)), ("sky blue", (110, 170, 225)), ("white", (245, 247, 250))],
    "politics": [("indigo", (48, 38, 110)), ("violet", (150, 110, 210)),
                 ("silver", (205, 205, 215))],
    "business": [("forest green", (22, 84, 58)), ("gold", (222, 172, 52)),
                 ("ivory", (248, 244, 228))],
    "tech": [("blue", (24, 62, 150)), ("teal", (0, 150, 150)), ("mint", (170, 232, 210))],
    "culture": [("plum", (96, 30, 80)), ("rose", (232, 120, 152)), ("peach", (250, 200, 170))],
    "lifestyle": [("burnt orange", (190, 88, 30)), ("sand", (232, 202, 150)),
                  ("olive", (120, 130, 60))],
    "sports": [("green", (26, 110, 52)), ("lime", (176, 214, 64)), ("charcoal", (48, 50, 56))],
}  # fmt: skip

STYLES = ("circles", "bands", "tiles")


@dataclass(frozen=True)
class LeadImage:
    filename: str
    alt: str
    caption: str


def _gradient(dark, light, vertical):
    mask = Image.linear_gradient("L").resize((WIDTH, HEIGHT))
    if not vertical:
        mask = mask.transpose(Image.Transpose.ROTATE_90).resize((WIDTH, HEIGHT))
    lighter = tuple(min(255, c + 60) for c in dark)
    return Image.composite(Image.new("RGB", (WIDTH, HEIGHT), lighter),
                           Image.new("RGB", (WIDTH, HEIGHT), dark), mask)  # fmt: skip


def _circles(draw, rng, accent, accent2):
    for i in range(9):
        r = rng.randint(60, 260)
        x, y = rng.randint(0, WIDTH), rng.randint(0, HEIGHT)
        colour = accent if i % 2 == 0 else accent2
        draw.ellipse((x - r, y - r, x + r, y + r), fill=(*colour, rng.randint(90, 170)))
    return "overlapping translucent circles"


def _bands(draw, rng, accent, accent2):
    x = -HEIGHT
    i = 0
    while x < WIDTH:
        width = rng.randint(40, 140)
        colour = accent if i % 2 == 0 else accent2
        draw.polygon(
            [(x, HEIGHT), (x + width, HEIGHT), (x + width + HEIGHT, 0), (x + HEIGHT, 0)],
            fill=(*colour, rng.randint(70, 160)),
        )
        x += width + rng.randint(30, 120)
        i += 1
    return "diagonal bands"


def _tiles(draw, rng, accent, accent2):
    size = 75
    for row in range(HEIGHT // size + 1):
        for col in range(WIDTH // size + 1):
            if rng.random() < 0.45:
                colour = accent if rng.random() < 0.6 else accent2
                x, y = col * size, row * size
                draw.rectangle((x + 6, y + 6, x + size - 6, y + size - 6),
                               fill=(*colour, rng.randint(60, 200)))  # fmt: skip
    return "a grid of square tiles"


_DRAW = {"circles": _circles, "bands": _bands, "tiles": _tiles}


def draw_image(path, section_name, section_slug, style, rng):
    """Draw one picture to ``path`` and return an honest description of it."""
    (bg_name, bg), (a_name, accent), (b_name, accent2) = PALETTES[section_slug]
    image = _gradient(bg, accent, vertical=style != "bands").convert("RGBA")
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    shapes = _DRAW[style](ImageDraw.Draw(overlay), rng, accent, accent2)
    image = Image.alpha_composite(image, overlay)

    label = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(label)
    draw.rectangle((0, HEIGHT - 170, WIDTH, HEIGHT), fill=(0, 0, 0, 110))
    draw.text((60, HEIGHT - 140), section_name, font=ImageFont.load_default(size=96),
              fill=(255, 255, 255, 255))  # fmt: skip
    draw.text((60, 40), "MASTHEAD DEMO ART", font=ImageFont.load_default(size=28),
              fill=(255, 255, 255, 200))  # fmt: skip
    image = Image.alpha_composite(image, label).convert("RGB")
    image.save(path, "JPEG", quality=JPEG_QUALITY)
    return f"{shapes} in {a_name} and {b_name} over a {bg_name} background"


def draw_images(directory, sections, seed):
    """Draw every demo image into ``directory``; {section slug: [LeadImage]}."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(f"masthead-demo-images-{seed}")
    images = {}
    for name, slug in sections:
        images[slug] = []
        for style in STYLES:
            filename = f"{slug}-{style}.jpg"
            described = draw_image(directory / filename, name, slug, style, rng)
            images[slug].append(
                LeadImage(
                    filename=filename,
                    alt=f"Abstract illustration for the {name} section: {described}, "
                    f"with the word {name} in large white letters.",
                    caption=f"Illustration: abstract artwork for the {name} section, "
                    "drawn by the Masthead demo.",
                )
            )
    return images
