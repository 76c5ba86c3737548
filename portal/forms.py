from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from portal import renditions


class SafeImageField(WagtailImageField):
    """Wagtail's image field, refusing damaged files instead of failing with a 500.

    Pillow raises OSError (or worse) on a truncated file whose header looks right;
    Wagtail 8.0 does not catch that while checking the pixel size.
    """

    def to_python(self, data):
        try:
            return super().to_python(data)
        except ValidationError:
            raise
        except (OSError, SyntaxError, ValueError, AttributeError, IndexError) as error:
            raise ValidationError(
                _(
                    "This file is damaged or is not an image. "
                    "Please upload a JPEG, PNG or WebP photo."
                ),
                code="invalid_image",
            ) from error


# What changes an image's renditions: Wagtail deletes them with the old file, and a new
# focal point moves every crop.
RENDITIONS_CHANGE_WITH = {
    "file",
    "focal_point_x",
    "focal_point_y",
    "focal_point_width",
    "focal_point_height",
}

# Below this, a picture shows as a blur on every page that uses it.
SMALLEST_IMAGE_SIDE = 64


class VitrineImageForm(BaseImageForm):
    """Base form of the image library (WAGTAILIMAGES_IMAGE_FORM_BASE)."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        image = getattr(file, "image", None)  # set by Wagtail's field on a new upload
        if image is not None:
            width, height = image.get_size()
            if min(width, height) < SMALLEST_IMAGE_SIDE:
                raise ValidationError(
                    _(
                        "This picture is too small (%(width)s × %(height)s pixels): "
                        "upload one at least %(side)s pixels wide and high."
                    ),
                    code="image_too_small",
                    params={"width": width, "height": height, "side": SMALLEST_IMAGE_SIDE},
                )
        return file

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]
            safe = SafeImageField(required=field.required, label=field.label)
            safe.help_text = field.help_text
            # On a phone, the upload opens the back camera: a merchant photographs the
            # product from its form in the image chooser. Desktops ignore it.
            safe.widget.attrs["capture"] = "environment"
            self.fields["file"] = safe

    def save(self, commit=True):
        replaced = self.instance.pk is not None and RENDITIONS_CHANGE_WITH & set(self.changed_data)
        image = super().save(commit=commit)
        if commit and replaced:
            # The pages using the image show its original until the worker has made them.
            renditions.image_changed(image)
        return image
