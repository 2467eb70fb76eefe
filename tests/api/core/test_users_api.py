"""users: the organisation's people, newest first. Admins see every field; other roles see ids, names
and roles, and an e-mail address only on their own user (the same on every path to a User)."""

from __future__ import annotations

import httpx

from core.models import Organization, Role, User
from core.service import create_api_key, create_user, get_or_create_organization
from tests.support.client import GraphQL

USERS = """query($first: Int, $after: String) { users(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id name email role } } } }"""
NODE = "query($id: ID!) { node(id: $id) { ... on User { id name email role } } }"


async def people(org: Organization) -> list[User]:
    """Three people of `org`, in the order they were added."""
    return [await create_user(organization=org, name=name, email=email, role=role) for name, email, role in (
        ("刘洋", "Liu.Yang@Example.com", Role.ADMIN), ("陈静", "chen.jing@example.com", Role.ANALYST),
        ("王芳", None, Role.VIEWER))]


async def as_user(client: httpx.AsyncClient, user: User) -> GraphQL:
    organization = await Organization.get(id=user.organization_id)
    return GraphQL(client, (await create_api_key(organization=organization, role=user.role, user=user))[1])


async def test_admins_see_everyone_newest_first_page_by_page(gql: GraphQL, org: Organization) -> None:
    await people(org)
    first = (await gql(USERS, first=2))["users"]
    assert first["totalCount"] == 3
    assert first["pageInfo"] == {"hasNextPage": True, "hasPreviousPage": False,
                                 "endCursor": first["edges"][-1]["cursor"]}
    assert [(e["node"]["name"], e["node"]["email"], e["node"]["role"]) for e in first["edges"]] == [
        ("王芳", None, "VIEWER"), ("陈静", "chen.jing@example.com", "ANALYST")]
    rest = (await gql(USERS, first=2, after=first["pageInfo"]["endCursor"]))["users"]
    assert rest["totalCount"] == 3
    assert rest["pageInfo"]["hasNextPage"] is False and rest["pageInfo"]["hasPreviousPage"] is True
    # The address as people sign in with it: stored lower-cased.
    assert [(e["node"]["name"], e["node"]["email"], e["node"]["role"]) for e in rest["edges"]] == [
        ("刘洋", "liu.yang@example.com", "ADMIN")]


async def test_other_roles_see_names_and_roles_and_only_their_own_address(
    client: httpx.AsyncClient, org: Organization
) -> None:
    liu, chen, _ = await people(org)
    for role in (Role.ANALYST, Role.AGENT, Role.VIEWER):
        someone = await create_user(organization=org, name=f"{role.value} 同事", email=f"{role.value}@example.com",
                                    role=role)
        gql = await as_user(client, someone)
        edges = (await gql(USERS))["users"]["edges"]
        seen = {e["node"]["name"]: (e["node"]["email"], e["node"]["role"]) for e in edges}
        assert seen["刘洋"] == (None, "ADMIN") and seen["陈静"] == (None, "ANALYST")
        assert seen[someone.name] == (someone.email, role.name)  # their own
        assert all(email is None for name, (email, _) in seen.items() if name != someone.name)
        # node(id) and any other path to a User follow the same rule.
        liu_id = next(e["node"]["id"] for e in edges if e["node"]["name"] == "刘洋")
        assert (await gql(NODE, id=liu_id))["node"] == {"id": liu_id, "name": "刘洋", "email": None, "role": "ADMIN"}
    keyless = GraphQL(client, (await create_api_key(organization=org, role=Role.ANALYST))[1])  # acts for nobody
    assert {e["node"]["email"] for e in (await keyless(USERS))["users"]["edges"]} == {None}
    assert chen.email and liu.email


async def test_another_organisation_sees_only_its_own_people(
    client: httpx.AsyncClient, gql: GraphQL, org: Organization
) -> None:
    ours = await people(org)
    other = await get_or_create_organization(name="Other 商城")
    theirs = await create_user(organization=other, name="外人", email="outsider@example.com", role=Role.ADMIN)
    outsider = await as_user(client, theirs)
    listed = (await outsider(USERS))["users"]
    assert listed["totalCount"] == 1
    assert [e["node"]["name"] for e in listed["edges"]] == ["外人"]
    our_ids = [e["node"]["id"] for e in (await gql(USERS))["users"]["edges"]]
    assert len(our_ids) == len(ours)
    for pk in our_ids:
        assert (await outsider(NODE, id=pk))["node"] is None


async def test_refusals(client: httpx.AsyncClient, gql: GraphQL, org: Organization) -> None:
    anonymous = await GraphQL(client).raw(USERS)
    assert anonymous.status_code == 401
    assert anonymous.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    bad_cursor = (await gql.raw(USERS, after="nonsense")).json()
    assert bad_cursor["errors"][0]["extensions"]["code"] == "VALIDATION"
    too_many = (await gql.raw(USERS, first=10_000)).json()
    assert too_many["errors"][0]["extensions"]["code"] == "VALIDATION"
