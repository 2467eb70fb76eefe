"""`voc user`: people who sign in to the console. `create` makes a user and prints the one-time link
that sets their password as its last line (or, with --password-stdin, sets the password read from
standard input: scripts and tests); `reset-password` prints a new such link."""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

import typer
from rich.console import Console

from api.cli_support import run
from api.links import invitation_lifetime, invitation_url
from core.errors import DomainError, or_not_found
from core.invitations import invite_user, issue_link
from core.models import LinkPurpose, Organization, Role
from core.passwords import check_password_rules
from core.service import create_user, find_organization_by_name, get_or_create_organization
from core.settings import get_settings
from core.signin import set_password

user_app = typer.Typer(help="People who sign in to the console.", no_args_is_help=True)
console = Console()
T = TypeVar("T")
BASE_URL_HELP = "Where people reach the server: the link's base (default: VOC_PUBLIC_URL)."


@user_app.command("create")
def create(
    org: Annotated[str, typer.Option(help="Organisation name; created when it does not exist.")],
    email: Annotated[str, typer.Option(help="The e-mail address they sign in with.")],
    name: Annotated[str, typer.Option(help="Their name as the console shows it.")],
    role: Annotated[Role, typer.Option(help="admin, analyst, agent or viewer.")],
    password_stdin: Annotated[bool, typer.Option(
        "--password-stdin", help="Set the password read from standard input instead of printing a link.")] = False,
    base_url: Annotated[str | None, typer.Option(help=BASE_URL_HELP)] = None,
) -> None:
    """Create a user. The one-time link that sets their password is the last line printed."""
    settings = get_settings()
    password = _read_password() if password_stdin else None

    async def work() -> str | None:
        if password is not None:
            check_password_rules(password)  # before anything is stored
        organization = await get_or_create_organization(name=org)
        if password is not None:
            user = await create_user(organization=organization, name=name, email=email, role=role)
            await set_password(organization=organization, user_id=user.id, password=password)
            _say_created(organization, user.email, role)
            return None
        user, token = await invite_user(organization=organization, name=name, email=email, role=role,
                                        lifetime=invitation_lifetime(settings))
        _say_created(organization, user.email, role)
        console.print(f"the link sets the password once, within {settings.invitation_hours} hours:")
        return invitation_url(base_url or settings.public_url, token)

    link = _run_or_exit(work)
    if link is None:
        console.print("password set: they can sign in")
    else:
        print(link)


@user_app.command("reset-password")
def reset_password(
    org: Annotated[str, typer.Option(help="Organisation name.")],
    email: Annotated[str, typer.Option(help="The user's e-mail address.")],
    base_url: Annotated[str | None, typer.Option(help=BASE_URL_HELP)] = None,
) -> None:
    """Print a new one-time link that sets the user's password (earlier links stop working)."""
    settings = get_settings()

    async def work() -> str:
        organization = or_not_found(await find_organization_by_name(name=org), f"no organisation named {org!r}",
                                    field="org")
        user, token = await issue_link(organization=organization, email=email, purpose=LinkPurpose.PASSWORD_RESET,
                                       lifetime=invitation_lifetime(settings))
        console.print(f"the link sets a new password once, within {settings.invitation_hours} hours:")
        return invitation_url(base_url or settings.public_url, token,
                              "reset" if user.password_hash is not None else "first")

    print(_run_or_exit(work))


def _read_password() -> str:
    # One line: what `echo secret | voc user create ...` sends, without its newline.
    return sys.stdin.readline().rstrip("\r\n")


def _say_created(organization: Organization, email: str | None, role: Role) -> None:
    console.print(f"organisation: {organization.name}  user: {email}  role: {role.value}", soft_wrap=True)


def _run_or_exit(work: Callable[[], Awaitable[T]]) -> T:
    try:
        return run(work)
    except DomainError as exc:
        console.print(f"[red]{exc.code}[/red]: {exc.message}")
        raise typer.Exit(code=2) from exc
