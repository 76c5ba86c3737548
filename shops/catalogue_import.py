"""Catalogue import: a merchant's spreadsheet of products, read and checked row by row,
then added to the shop page's draft as one new revision once the merchant has seen it.

Reading never writes anything. A file is refused as a whole (unreadable, a missing
column, too many rows) or read into rows, each with its own errors; only a file without
any error may be imported, so nothing is ever half-imported. A product whose section and
name are already in the catalogue is updated (its photo kept), the others are added.
"""

import codecs
import copy
import csv
import io
import re
import uuid
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.formats import number_format
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from portal.fulltext import unaccent
from shops.blocks import AVAILABILITY_CHOICES
from shops.models import ShopPage


MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_PRODUCTS = 500  # per import; a catalogue section holds 200
MAX_ROWS_READ = 100_000  # a file beyond that is not even counted to the end
XLSX_MAGIC = b"PK\x03\x04"

COLUMNS = {
    "section": _("section"),
    "name": _("name"),
    "description": _("description"),
    "price": _("price"),
    "availability": _("availability"),
    "buy_link": _("buy link"),
}
REQUIRED_COLUMNS = ("name", "price")
PRODUCT_FIELDS = {
    "description": "description",
    "availability": "availability",
    "buy_link": "buy_url",
}
CURRENCY = re.compile(r"(€|eur|euros?)", re.IGNORECASE)


class FileRefused(Exception):
    """The file cannot be read as a catalogue at all; the message says why."""


def _in_every_language(text):
    forms = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            forms.add(unaccent(str(text)).strip())
    return forms


def header_key(text):
    return unaccent(str(text)).replace("’", "'").strip().rstrip(":").strip()


def column_aliases():
    """{normalised header: column key}: a header may be in any of the site's languages."""
    aliases = {}
    for key, label in COLUMNS.items():
        for alias in {key, key.replace("_", " "), *_in_every_language(label)}:
            aliases[header_key(alias)] = key
    return aliases


def availability_aliases():
    aliases = {}
    for code, label in AVAILABILITY_CHOICES:
        for alias in {code, code.replace("_", " "), *_in_every_language(label)}:
            aliases[alias] = code
    return aliases


def section_label():
    """The heading of a catalogue section made for rows without a section."""
    return gettext("Our products")


# --- reading the file ------------------------------------------------------------------


def read_table(upload):
    """The file's cells as rows of values; FileRefused when it cannot be read."""
    if upload.size > MAX_FILE_BYTES:
        raise FileRefused(
            _(
                "The file is larger than 2 MB. A catalogue file holds text only: save it "
                "again without images."
            )
        )
    data = upload.read()
    if not data.strip():
        raise FileRefused(_("The file is empty."))
    if data.startswith(XLSX_MAGIC) or upload.name.lower().endswith((".xlsx", ".xlsm")):
        return read_xlsx(data)
    return read_csv(data)


def decode(data):
    """UTF-8 (with or without a byte order mark), UTF-16 as Excel's "Unicode text", or
    Windows-1252 as Excel saves a CSV in Belgium."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                break
    else:
        for encoding in ("utf-8", "cp1252"):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                continue
    raise FileRefused(
        _("The characters of this file cannot be read. Save it as “CSV UTF-8” and upload it again.")
    )


def read_csv(data):
    text = decode(data)
    if "\x00" in text:
        raise FileRefused(_("This is not a CSV or Excel file. Save your catalogue as CSV or XLSX."))
    first_line = text.lstrip().split("\n", 1)[0]
    delimiter = max(";,\t", key=first_line.count)  # Excel in Belgium writes ";"
    rows = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            rows.append(row)
            if len(rows) > MAX_ROWS_READ:
                break
    except csv.Error as error:
        raise FileRefused(
            _("Line %(line)d of the file cannot be read (%(error)s).")
            % {"line": len(rows) + 1, "error": error}
        ) from error
    return rows


def read_xlsx(data):
    from openpyxl import load_workbook  # only an import reads Excel files

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as error:  # openpyxl raises many kinds on a damaged or foreign file
        raise FileRefused(
            _(
                "This file cannot be opened as an Excel workbook (.xlsx). Save it again as "
                "XLSX or CSV."
            )
        ) from error
    try:
        rows = []
        for row in workbook.worksheets[0].iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS_READ:
                break
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as error:
        raise FileRefused(
            _(
                "This file cannot be opened as an Excel workbook (.xlsx). Save it again as "
                "XLSX or CSV."
            )
        ) from error
    finally:
        workbook.close()
    return rows


# --- checking the rows -----------------------------------------------------------------


@dataclass
class Row:
    """One product of the file: its line number, what it says, and what is wrong with it."""

    line: int
    section: str = ""
    values: dict = field(default_factory=dict)  # column key → cleaned value
    errors: list = field(default_factory=list)
    status: str = ""  # "new", "updated" or "unchanged", once compared with the catalogue

    @property
    def name(self):
        return self.values.get("name", "")


@dataclass
class Catalogue:
    """A file read as products, and what stops it from being imported."""

    rows: list
    columns: list  # the column keys the file has
    ignored_columns: list = field(default_factory=list)
    errors: list = field(default_factory=list)  # about the file as a whole

    @property
    def rows_with_errors(self):
        return [row for row in self.rows if row.errors]

    @property
    def can_import(self):
        return bool(self.rows) and not self.errors and not self.rows_with_errors


def is_blank(value):
    return value is None or str(value).strip() == ""


def header_of(table):
    """(index of the header row, {column key: index}, ignored headers)."""
    aliases = column_aliases()
    for number, row in enumerate(table):
        if all(is_blank(cell) for cell in row):
            continue
        positions, ignored = {}, []
        for index, cell in enumerate(row):
            if is_blank(cell):
                continue
            key = aliases.get(header_key(cell))
            if key is None:
                ignored.append(str(cell).strip())
            elif key in positions:
                raise FileRefused(
                    _("The column “%(column)s” appears twice.") % {"column": COLUMNS[key]}
                )
            else:
                positions[key] = index
        missing = [str(COLUMNS[key]) for key in REQUIRED_COLUMNS if key not in positions]
        if missing:
            raise FileRefused(
                ngettext(
                    "The file has no column “%(missing)s”. The first line must name the "
                    "columns: %(expected)s.",
                    "The file has no columns “%(missing)s”. The first line must name the "
                    "columns: %(expected)s.",
                    len(missing),
                )
                % {
                    "missing": "”, “".join(missing),
                    "expected": ", ".join(map(str, COLUMNS.values())),
                }
            )
        return number, positions, ignored
    raise FileRefused(_("The file is empty."))


def parse_price(value):
    """12.50, "12,50", "12,50 €", "1 234,50" or "1.234,50" as a Decimal; None otherwise."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return Decimal(str(value))
    text = CURRENCY.sub("", str(value)).replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if "," in text and "." in text:  # the last one separates the cents
        thousands = "." if text.rindex(",") > text.rindex(".") else ","
        text = text.replace(thousands, "")
    text = text.replace(",", ".")
    if not re.fullmatch(r"\d+(\.\d+)?", text):
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return None


def product_block():
    return (
        ShopPage._meta.get_field("body")
        .stream_block.child_blocks["catalogue"]
        .child_blocks["products"]
        .child_block
    )


def check_row(line, cells, positions, availability):
    row = Row(line=line)

    def cell(key):
        index = positions.get(key)
        value = cells[index] if index is not None and index < len(cells) else None
        return value

    for key in positions:
        value = cell(key)
        if isinstance(value, str) and value.strip().startswith("="):
            row.errors.append(
                _(
                    "%(column)s: a formula (%(formula)s) cannot be imported; type its result "
                    "instead."
                )
                % {"column": COLUMNS[key], "formula": value.strip()[:40]}
            )
    if row.errors:
        return row

    def text(key):
        value = cell(key)
        return "" if is_blank(value) else " ".join(str(value).split())

    row.section = text("section")
    row.values["name"] = text("name")
    if "description" in positions:
        value = cell("description")
        row.values["description"] = "" if is_blank(value) else str(value).strip()
    if "buy_link" in positions:
        row.values["buy_link"] = text("buy_link")
    if "availability" in positions:
        given = text("availability")
        code = availability.get(unaccent(given)) if given else "in_stock"
        if code is None:
            labels = ", ".join(str(label) for _code, label in AVAILABILITY_CHOICES)
            row.errors.append(
                _("availability: “%(value)s” is not one of %(choices)s.")
                % {"value": given, "choices": labels}
            )
        row.values["availability"] = code
    price = cell("price")
    row.values["price"] = parse_price(price) if not is_blank(price) else None
    if is_blank(price):
        row.errors.append(_("price: the price is missing."))
    elif row.values["price"] is None:
        row.errors.append(
            _("price: “%(value)s” is not a price; write it as 12.50 or 12,50.") % {"value": price}
        )
    if not row.values["name"]:
        row.errors.append(_("name: the product's name is missing."))
    if len(row.section) > 120:
        row.errors.append(_("section: a section's name has 120 characters at most."))
    if not row.errors:
        check_with_the_block(row)
    return row


BLOCK_COLUMNS = {"buy_url": "buy_link"}  # the block's field names that differ from the file's


def as_block_value(row, base=None):
    """The product as the catalogue block stores it (raw JSON), over ``base`` if given."""
    value = dict(
        base or {"image": None, "description": "", "availability": "in_stock", "buy_url": ""}
    )
    value["name"] = row.values["name"]
    value["price"] = f"{row.values['price']:.2f}" if row.values["price"] is not None else None
    for column, block_field in PRODUCT_FIELDS.items():
        if column in row.values:
            value[block_field] = row.values[column]
    return value


def check_with_the_block(row):
    """The product block's own rules (lengths, price range and cents, link)."""
    block = product_block()
    try:
        cleaned = block.clean(block.to_python(as_block_value(row)))
    except ValidationError as error:
        for name, errors in getattr(error, "block_errors", {}).items():
            messages = errors.messages if hasattr(errors, "messages") else [str(errors)]
            column = COLUMNS.get(BLOCK_COLUMNS.get(name, name), name)
            row.errors.extend(f"{column}: {message}" for message in messages)
        if not getattr(error, "block_errors", None):
            row.errors.extend(error.messages)
        return
    if "buy_link" in row.values:
        row.values["buy_link"] = cleaned["buy_url"] or ""


def read_catalogue(table):
    """The rows of ``table`` checked one by one; FileRefused for a file without products."""
    header, positions, ignored = header_of(table)
    data = [
        (header + number + 2, cells)
        for number, cells in enumerate(table[header + 1 :])
        if not all(is_blank(cell) for cell in cells)
    ]
    if not data:
        raise FileRefused(_("The file names its columns but lists no product."))
    if len(data) > MAX_PRODUCTS:
        count = number_format(len(data), force_grouping=True)
        if len(table) > MAX_ROWS_READ:  # reading stopped there
            count = gettext("more than %(count)s") % {"count": count}
        raise FileRefused(
            _(
                "The file lists %(count)s products; one import takes %(max)d at most. Split "
                "it into several files."
            )
            % {"count": count, "max": MAX_PRODUCTS}
        )
    availability = availability_aliases()
    rows = [check_row(line, cells, positions, availability) for line, cells in data]
    seen = {}
    for row in rows:
        key = (unaccent(row.section), unaccent(row.name))
        if row.name and key in seen:
            row.errors.append(
                _("name: the same product is already on line %(line)d.") % {"line": seen[key]}
            )
        seen.setdefault(key, row.line)
    return Catalogue(rows=rows, columns=list(positions), ignored_columns=ignored)


# --- into the page ---------------------------------------------------------------------


def merge(page, catalogue):
    """Put the rows into ``page``'s body (a draft, not saved): each row is marked new,
    updated or unchanged; errors go on the catalogue when a section would be too long."""
    body = copy.deepcopy(list(page.body.get_prep_value()))
    sections = {}
    for block in body:
        if block["type"] == "catalogue":
            sections.setdefault(unaccent(block["value"].get("heading", "")), block)
    with translation.override(page.locale.language_code):  # the page's language, not the admin's
        default = section_label()
    insert_at = max(
        (i + 1 for i, b in enumerate(body) if b["type"] == "catalogue"), default=len(body)
    )
    for row in catalogue.rows:
        if row.errors:
            continue
        heading = row.section or default
        section = sections.get(unaccent(heading))
        if section is None:
            section = {
                "type": "catalogue",
                "id": str(uuid.uuid4()),
                "value": {"heading": heading, "intro": "", "products": []},
            }
            body.insert(insert_at, section)
            insert_at += 1
            sections[unaccent(heading)] = section
        products = section["value"].setdefault("products", [])
        existing = next(
            (
                item
                for item in products
                if unaccent(item["value"].get("name", "")) == unaccent(row.name)
            ),
            None,
        )
        if existing is None:
            products.append({"type": "item", "id": str(uuid.uuid4()), "value": as_block_value(row)})
            row.status = "new"
            continue
        updated = as_block_value(row, base=existing["value"])
        row.status = "unchanged" if same_product(updated, existing["value"]) else "updated"
        existing["value"] = updated
    for section in sections.values():
        if len(section["value"]["products"]) > 200:
            catalogue.errors.append(
                _(
                    "The section “%(section)s” would hold %(count)d products; a section holds "
                    "200 at most."
                )
                % {
                    "section": section["value"]["heading"],
                    "count": len(section["value"]["products"]),
                }
            )
    page.body = body
    return catalogue


def same_product(a, b):
    def price(value):
        try:
            return Decimal(str(value))
        except InvalidOperation:
            return value

    keys = ("name", "description", "availability", "buy_url")
    return all((a.get(k) or "") == (b.get(k) or "") for k in keys) and price(
        a.get("price")
    ) == price(b.get("price"))


# --- the signed preview ----------------------------------------------------------------


def serialize(catalogue):
    return {
        "columns": catalogue.columns,
        "rows": [
            [
                row.line,
                row.section,
                {k: (str(v) if k == "price" else v) for k, v in row.values.items()},
            ]
            for row in catalogue.rows
        ],
    }


def deserialize(data):
    rows = []
    for line, section, values in data["rows"]:
        values = dict(values)
        values["price"] = Decimal(values["price"])
        rows.append(Row(line=line, section=section, values=values))
    return Catalogue(rows=rows, columns=data["columns"])


# The example file: its header in the merchant's language, two products as samples.
def example_rows():
    header = [str(label) for label in COLUMNS.values()]
    in_stock, on_order = (str(label) for _code, label in AVAILABILITY_CHOICES[:2])
    return [
        header,
        [
            gettext("Bouquets"),
            gettext("Seasonal bouquet"),
            gettext("Flowers from the morning market, tied by hand."),
            "24,50",
            in_stock,
            "https://example.com/bouquet",
        ],
        [gettext("Bouquets"), gettext("Potted orchid"), "", "32,00", on_order, ""],
    ]
