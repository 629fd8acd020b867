"""Declarative shapes for YAML files: one description serves both the validator and the JSON
Schema. `base` holds what every shape shares, `scalars` single values, `containers` the
shapes that hold others."""

from selfkind.formats.shape.base import (
    BOOL_TAG as BOOL_TAG,
)
from selfkind.formats.shape.base import (
    FLOAT_TAG as FLOAT_TAG,
)
from selfkind.formats.shape.base import (
    INT_TAG as INT_TAG,
)
from selfkind.formats.shape.base import (
    NULL_TAG as NULL_TAG,
)
from selfkind.formats.shape.base import (
    STR_TAG as STR_TAG,
)
from selfkind.formats.shape.base import (
    Checker as Checker,
)
from selfkind.formats.shape.base import (
    Got as Got,
)
from selfkind.formats.shape.base import (
    Shape as Shape,
)
from selfkind.formats.shape.base import (
    Text as Text,
)
from selfkind.formats.shape.base import (
    scalar_value as scalar_value,
)
from selfkind.formats.shape.containers import (
    Field as Field,
)
from selfkind.formats.shape.containers import (
    Lazy as Lazy,
)
from selfkind.formats.shape.containers import (
    ListOf as ListOf,
)
from selfkind.formats.shape.containers import (
    MapOf as MapOf,
)
from selfkind.formats.shape.containers import (
    Obj as Obj,
)
from selfkind.formats.shape.containers import (
    Tagged as Tagged,
)
from selfkind.formats.shape.containers import (
    mapping_pairs as mapping_pairs,
)
from selfkind.formats.shape.scalars import (
    AnyScalar as AnyScalar,
)
from selfkind.formats.shape.scalars import (
    Boolean as Boolean,
)
from selfkind.formats.shape.scalars import (
    Choice as Choice,
)
from selfkind.formats.shape.scalars import (
    Day as Day,
)
from selfkind.formats.shape.scalars import (
    Integer as Integer,
)
from selfkind.formats.shape.scalars import (
    Number as Number,
)
from selfkind.formats.shape.scalars import (
    Scalar as Scalar,
)
