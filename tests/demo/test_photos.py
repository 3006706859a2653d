"""The demo's pictures: drawn by its own code, the same for the same seed, and unlike one another."""

import io

from PIL import Image, ImageChops, ImageStat

from demo import photos

BLUE = ((31, 95, 168), (16, 50, 100))


def picture(seed, motif="cross", colours=BLUE):
    return photos.illustration((480, 300), colours, motif, seed=seed)


def difference(first, second):
    """Mean difference of two pictures' pixels, 0 (the same) to 255."""
    a, b = (Image.open(io.BytesIO(data)).convert("L").resize((96, 60)) for data in (first, second))
    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]


def test_the_same_seed_draws_the_same_picture():
    assert picture("cover-1-Hội nghị người lao động") == picture("cover-1-Hội nghị người lao động")


def test_stories_of_one_section_get_pictures_that_do_not_look_alike():
    pictures = [picture(f"cover-{number}") for number in range(8)]
    differences = [difference(a, b) for index, a in enumerate(pictures) for b in pictures[index + 1 :]]
    # Compositions, gradients and hues vary: the old pictures (circles moved about) averaged 12.
    assert min(differences) > 6
    assert sum(differences) / len(differences) > 18


def test_the_motif_hints_at_the_subject():
    assert difference(picture("same", "medal"), picture("same", "heart")) > 1


def test_pictures_are_jpegs_at_the_size_asked():
    image = Image.open(io.BytesIO(photos.illustration((1600, 1000), BLUE, "people", seed="size")))
    assert (image.format, image.size) == ("JPEG", (1600, 1000))
