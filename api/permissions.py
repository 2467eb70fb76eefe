"""Field permissions: a caller is required (an API key or a signed-in user), and its role must be among
those a field allows."""

from __future__ import annotations

from typing import Any

from strawberry.permission import BasePermission
from strawberry.types import Info

from api.context import Context
from api.errors import ApiError
from core.models import Role
from core.service import Principal

MISSING_KEY = "sign in, or send an API key: 'Authorization: Bearer <key>'"


def require_principal(context: Context) -> Principal:
    if context.principal is None:
        context.set_status(401)
        raise ApiError(context.auth_error or MISSING_KEY, "UNAUTHENTICATED")
    return context.principal


def _role_permission(name: str, roles: frozenset[Role]) -> type[BasePermission]:
    allowed = ", ".join(sorted(r.value for r in roles))
    message = f"this needs one of the roles: {allowed}"

    def has_permission(self: BasePermission, source: Any, info: Info[Context, Any], **kwargs: Any) -> bool:
        context = info.context
        principal = require_principal(context)
        if principal.role not in roles:
            context.set_status(403)
            raise ApiError(message, "FORBIDDEN")
        # Defence in depth: an object another organisation owns can reach a caller through the public
        # surface (submitResponse with someone else's survey token); its protected fields stay shut.
        owner = getattr(getattr(source, "_model", None), "organization_id", None)
        if owner is not None and owner != principal.organization.id:
            raise ApiError("this belongs to another organisation", "FORBIDDEN")
        return True

    return type(name, (BasePermission,), {"message": message, "has_permission": has_permission})


CanRead = _role_permission("CanRead", frozenset(Role))
CanManageSurveys = _role_permission("CanManageSurveys", frozenset({Role.ADMIN, Role.ANALYST}))
IsAdmin = _role_permission("IsAdmin", frozenset({Role.ADMIN}))
# Improvement actions are product work: product managers (analyst) and admins change them; agents
# may own and read them.
CanManageActions = _role_permission("CanManageActions", frozenset({Role.ADMIN, Role.ANALYST}))
# Follow-up cases are customer-success work: agents, analysts and admins work them.
CanWorkCases = _role_permission("CanWorkCases", frozenset({Role.ADMIN, Role.ANALYST, Role.AGENT}))
# Accounts are the organisation's customer list, kept in step with its CRM like other settings:
# admins and analysts write them (and their usage signals); everyone reads.
CanManageAccounts = _role_permission("CanManageAccounts", frozenset({Role.ADMIN, Role.ANALYST}))
