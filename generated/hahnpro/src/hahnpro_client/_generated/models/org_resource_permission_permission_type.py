from typing import Literal

OrgResourcePermissionPermissionType = Literal["none", "read", "read_write"]

ORG_RESOURCE_PERMISSION_PERMISSION_TYPE_VALUES: set[OrgResourcePermissionPermissionType] = {
    "none",
    "read",
    "read_write",
}


def check_org_resource_permission_permission_type(
    value: str,
) -> OrgResourcePermissionPermissionType:
    if value in ORG_RESOURCE_PERMISSION_PERMISSION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ORG_RESOURCE_PERMISSION_PERMISSION_TYPE_VALUES!r}")
