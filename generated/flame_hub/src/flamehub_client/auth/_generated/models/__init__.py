"""Contains all the data models used in inputs/outputs"""

from .client import Client
from .client_collection import ClientCollection
from .client_create import ClientCreate
from .client_create_auth_method import ClientCreateAuthMethod
from .client_create_token_binding_method import ClientCreateTokenBindingMethod
from .client_permission import ClientPermission
from .client_permission_collection import ClientPermissionCollection
from .client_permission_create import ClientPermissionCreate
from .client_permission_record import ClientPermissionRecord
from .client_record import ClientRecord
from .client_role import ClientRole
from .client_role_collection import ClientRoleCollection
from .client_role_create import ClientRoleCreate
from .client_role_record import ClientRoleRecord
from .client_update import ClientUpdate
from .client_update_auth_method import ClientUpdateAuthMethod
from .client_update_token_binding_method import ClientUpdateTokenBindingMethod
from .collection_meta import CollectionMeta
from .error import Error
from .issue import Issue
from .issue_meta import IssueMeta
from .permission import Permission
from .permission_collection import PermissionCollection
from .permission_create import PermissionCreate
from .permission_record import PermissionRecord
from .permission_update import PermissionUpdate
from .query_schema import QuerySchema
from .realm import Realm
from .realm_collection import RealmCollection
from .realm_create import RealmCreate
from .realm_record import RealmRecord
from .realm_update import RealmUpdate
from .record_meta import RecordMeta
from .robot import Robot
from .robot_collection import RobotCollection
from .robot_create import RobotCreate
from .robot_permission import RobotPermission
from .robot_permission_collection import RobotPermissionCollection
from .robot_permission_create import RobotPermissionCreate
from .robot_permission_record import RobotPermissionRecord
from .robot_record import RobotRecord
from .robot_role import RobotRole
from .robot_role_collection import RobotRoleCollection
from .robot_role_create import RobotRoleCreate
from .robot_role_record import RobotRoleRecord
from .robot_update import RobotUpdate
from .role import Role
from .role_collection import RoleCollection
from .role_create import RoleCreate
from .role_permission import RolePermission
from .role_permission_collection import RolePermissionCollection
from .role_permission_create import RolePermissionCreate
from .role_permission_record import RolePermissionRecord
from .role_permission_update import RolePermissionUpdate
from .role_record import RoleRecord
from .role_update import RoleUpdate
from .service_status import ServiceStatus
from .token_request import TokenRequest
from .token_request_grant_type import TokenRequestGrantType
from .token_response import TokenResponse
from .user import User
from .user_collection import UserCollection
from .user_create import UserCreate
from .user_permission import UserPermission
from .user_permission_collection import UserPermissionCollection
from .user_permission_create import UserPermissionCreate
from .user_permission_record import UserPermissionRecord
from .user_permission_update import UserPermissionUpdate
from .user_record import UserRecord
from .user_role import UserRole
from .user_role_collection import UserRoleCollection
from .user_role_create import UserRoleCreate
from .user_role_record import UserRoleRecord
from .user_update import UserUpdate

__all__ = (
    "Client",
    "ClientCollection",
    "ClientCreate",
    "ClientCreateAuthMethod",
    "ClientCreateTokenBindingMethod",
    "ClientPermission",
    "ClientPermissionCollection",
    "ClientPermissionCreate",
    "ClientPermissionRecord",
    "ClientRecord",
    "ClientRole",
    "ClientRoleCollection",
    "ClientRoleCreate",
    "ClientRoleRecord",
    "ClientUpdate",
    "ClientUpdateAuthMethod",
    "ClientUpdateTokenBindingMethod",
    "CollectionMeta",
    "Error",
    "Issue",
    "IssueMeta",
    "Permission",
    "PermissionCollection",
    "PermissionCreate",
    "PermissionRecord",
    "PermissionUpdate",
    "QuerySchema",
    "Realm",
    "RealmCollection",
    "RealmCreate",
    "RealmRecord",
    "RealmUpdate",
    "RecordMeta",
    "Robot",
    "RobotCollection",
    "RobotCreate",
    "RobotPermission",
    "RobotPermissionCollection",
    "RobotPermissionCreate",
    "RobotPermissionRecord",
    "RobotRecord",
    "RobotRole",
    "RobotRoleCollection",
    "RobotRoleCreate",
    "RobotRoleRecord",
    "RobotUpdate",
    "Role",
    "RoleCollection",
    "RoleCreate",
    "RolePermission",
    "RolePermissionCollection",
    "RolePermissionCreate",
    "RolePermissionRecord",
    "RolePermissionUpdate",
    "RoleRecord",
    "RoleUpdate",
    "ServiceStatus",
    "TokenRequest",
    "TokenRequestGrantType",
    "TokenResponse",
    "User",
    "UserCollection",
    "UserCreate",
    "UserPermission",
    "UserPermissionCollection",
    "UserPermissionCreate",
    "UserPermissionRecord",
    "UserPermissionUpdate",
    "UserRecord",
    "UserRole",
    "UserRoleCollection",
    "UserRoleCreate",
    "UserRoleRecord",
    "UserUpdate",
)
