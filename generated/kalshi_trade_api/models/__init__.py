"""Contains all the data models used in inputs/outputs"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .error_response import ErrorResponse
    from .get_order_groups_response import GetOrderGroupsResponse
    from .order_group import OrderGroup

_MODULE_OF: dict[str, str] = {
    "GetOrderGroupsResponse": ".get_order_groups_response",
    "OrderGroup": ".order_group",
    "ErrorResponse": ".error_response",
}

__all__ = (
    "ErrorResponse",
    "GetOrderGroupsResponse",
    "OrderGroup",
)


def __getattr__(name: str) -> Any:
    try:
        module = _MODULE_OF[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULE_OF))
