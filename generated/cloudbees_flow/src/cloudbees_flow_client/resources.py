"""The façade's resources with envelopes unwrapped: one object as its model, a list as a list.

The envelope stays reachable through `.with_raw_response`, whose `parse()` gives the generated envelope.
"""

from __future__ import annotations

from . import _resources
from .envelopes import AsyncUnwrapped, Unwrapped, items


class Server(_resources.Server):
    """Server operations."""

    get_status = Unwrapped(_resources.Server.get_status, lambda e: e.server_status)  # type: ignore[assignment]


class AsyncServer(_resources.AsyncServer):
    """Async twin of Server."""

    get_status = AsyncUnwrapped(_resources.AsyncServer.get_status, lambda e: e.server_status)  # type: ignore[assignment]


class Projects(_resources.Projects):
    """Project operations."""

    list = Unwrapped(_resources.Projects.list, lambda e: items(e.project))  # type: ignore[assignment]
    get = Unwrapped(_resources.Projects.get, lambda e: e.project)  # type: ignore[assignment]
    create = Unwrapped(_resources.Projects.create, lambda e: e.project)  # type: ignore[assignment]
    update = Unwrapped(_resources.Projects.update, lambda e: e.project)  # type: ignore[assignment]
    get_property = Unwrapped(_resources.Projects.get_property, lambda e: e.property_)  # type: ignore[assignment]


class AsyncProjects(_resources.AsyncProjects):
    """Async twin of Projects."""

    list = AsyncUnwrapped(_resources.AsyncProjects.list, lambda e: items(e.project))  # type: ignore[assignment]
    get = AsyncUnwrapped(_resources.AsyncProjects.get, lambda e: e.project)  # type: ignore[assignment]
    create = AsyncUnwrapped(_resources.AsyncProjects.create, lambda e: e.project)  # type: ignore[assignment]
    update = AsyncUnwrapped(_resources.AsyncProjects.update, lambda e: e.project)  # type: ignore[assignment]
    get_property = AsyncUnwrapped(_resources.AsyncProjects.get_property, lambda e: e.property_)  # type: ignore[assignment]


class Procedures(_resources.Procedures):
    """Procedure operations."""

    list = Unwrapped(_resources.Procedures.list, lambda e: items(e.procedure))  # type: ignore[assignment]
    get = Unwrapped(_resources.Procedures.get, lambda e: e.procedure)  # type: ignore[assignment]
    list_formal_parameters = Unwrapped(  # type: ignore[assignment]
        _resources.Procedures.list_formal_parameters, lambda e: items(e.formal_parameter)
    )


class AsyncProcedures(_resources.AsyncProcedures):
    """Async twin of Procedures."""

    list = AsyncUnwrapped(_resources.AsyncProcedures.list, lambda e: items(e.procedure))  # type: ignore[assignment]
    get = AsyncUnwrapped(_resources.AsyncProcedures.get, lambda e: e.procedure)  # type: ignore[assignment]
    list_formal_parameters = AsyncUnwrapped(  # type: ignore[assignment]
        _resources.AsyncProcedures.list_formal_parameters, lambda e: items(e.formal_parameter)
    )


class JobSteps(_resources.JobSteps):
    """Job step operations."""

    find = Unwrapped(_resources.JobSteps.find, lambda e: items(e.job_step))  # type: ignore[assignment]


class AsyncJobSteps(_resources.AsyncJobSteps):
    """Async twin of JobSteps."""

    find = AsyncUnwrapped(_resources.AsyncJobSteps.find, lambda e: items(e.job_step))  # type: ignore[assignment]


class Objects(_resources.Objects):
    """The object search."""

    find = Unwrapped(_resources.Objects.find, lambda e: items(e.object_))  # type: ignore[assignment]


class AsyncObjects(_resources.AsyncObjects):
    """Async twin of Objects."""

    find = AsyncUnwrapped(_resources.AsyncObjects.find, lambda e: items(e.object_))  # type: ignore[assignment]


class Repositories(_resources.Repositories):
    """Repository operations."""

    list = Unwrapped(_resources.Repositories.list, lambda e: items(e.repository))  # type: ignore[assignment]
    get = Unwrapped(_resources.Repositories.get, lambda e: e.repository)  # type: ignore[assignment]


class AsyncRepositories(_resources.AsyncRepositories):
    """Async twin of Repositories."""

    list = AsyncUnwrapped(_resources.AsyncRepositories.list, lambda e: items(e.repository))  # type: ignore[assignment]
    get = AsyncUnwrapped(_resources.AsyncRepositories.get, lambda e: e.repository)  # type: ignore[assignment]


class Applications(_resources.Applications):
    """Application operations."""

    list = Unwrapped(_resources.Applications.list, lambda e: items(e.application))  # type: ignore[assignment]
    get = Unwrapped(_resources.Applications.get, lambda e: e.application)  # type: ignore[assignment]
    create = Unwrapped(_resources.Applications.create, lambda e: e.application)  # type: ignore[assignment]
    list_processes = Unwrapped(  # type: ignore[assignment]
        _resources.Applications.list_processes, lambda e: items(e.process)
    )
    list_tier_maps = Unwrapped(  # type: ignore[assignment]
        _resources.Applications.list_tier_maps, lambda e: items(e.tier_map)
    )


class AsyncApplications(_resources.AsyncApplications):
    """Async twin of Applications."""

    list = AsyncUnwrapped(_resources.AsyncApplications.list, lambda e: items(e.application))  # type: ignore[assignment]
    get = AsyncUnwrapped(_resources.AsyncApplications.get, lambda e: e.application)  # type: ignore[assignment]
    create = AsyncUnwrapped(_resources.AsyncApplications.create, lambda e: e.application)  # type: ignore[assignment]
    list_processes = AsyncUnwrapped(  # type: ignore[assignment]
        _resources.AsyncApplications.list_processes, lambda e: items(e.process)
    )
    list_tier_maps = AsyncUnwrapped(  # type: ignore[assignment]
        _resources.AsyncApplications.list_tier_maps, lambda e: items(e.tier_map)
    )


class Environments(_resources.Environments):
    """Environment operations."""

    list = Unwrapped(_resources.Environments.list, lambda e: items(e.environment))  # type: ignore[assignment]


class AsyncEnvironments(_resources.AsyncEnvironments):
    """Async twin of Environments."""

    list = AsyncUnwrapped(_resources.AsyncEnvironments.list, lambda e: items(e.environment))  # type: ignore[assignment]


class Credentials(_resources.Credentials):
    """Credential operations."""

    create = Unwrapped(_resources.Credentials.create, lambda e: e.credential)  # type: ignore[assignment]


class AsyncCredentials(_resources.AsyncCredentials):
    """Async twin of Credentials."""

    create = AsyncUnwrapped(_resources.AsyncCredentials.create, lambda e: e.credential)  # type: ignore[assignment]
