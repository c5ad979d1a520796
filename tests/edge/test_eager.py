"""mockserver.http_cycle.start_eagerly: a request's cycle runs at once, and only one that waits
gets a Task, which is woken, cancelled and given its context as a Task of its own would be."""

from __future__ import annotations

import asyncio
import contextvars

import pytest

from mockserver.http_cycle import start_eagerly

VAR: contextvars.ContextVar[str] = contextvars.ContextVar("VAR", default="outside")


def test_a_coroutine_that_never_waits_finishes_at_once_without_a_task() -> None:
    done: list[str] = []

    async def answer() -> None:
        done.append(VAR.get())
        VAR.set("inside")

    async def main() -> None:
        context = contextvars.copy_context()
        assert start_eagerly(asyncio.get_running_loop(), answer(), context) is None
        assert done == ["outside"]  # ran before start_eagerly returned
        assert VAR.get() == "outside" and context[VAR] == "inside"  # its own context

    asyncio.run(main())


def test_a_coroutine_that_waits_goes_on_in_a_task_in_its_context() -> None:
    steps: list[object] = []

    async def answer(future: asyncio.Future[int]) -> None:
        VAR.set("inside")
        steps.append(await future)
        await asyncio.sleep(0)  # a bare yield
        steps.append(VAR.get())

    async def main() -> None:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[int] = loop.create_future()
        task = start_eagerly(loop, answer(future), contextvars.copy_context())
        assert task is not None and steps == []
        future.set_result(7)
        await task
        assert steps == [7, "inside"]

    asyncio.run(main())


def test_an_error_from_the_future_reaches_the_coroutine() -> None:
    caught: list[BaseException] = []

    async def answer(future: asyncio.Future[int]) -> None:
        try:
            await future
        except ValueError as exc:
            caught.append(exc)

    async def main() -> None:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[int] = loop.create_future()
        task = start_eagerly(loop, answer(future), contextvars.copy_context())
        assert task is not None
        future.set_exception(ValueError("boom"))
        await task
        assert [str(exc) for exc in caught] == ["boom"]

    asyncio.run(main())


def test_cancelling_the_task_cancels_the_wait_inside_the_coroutine() -> None:
    seen: list[str] = []

    async def answer() -> None:
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            seen.append("cancelled")
            raise

    async def main() -> None:
        task = start_eagerly(asyncio.get_running_loop(), answer(), contextvars.copy_context())
        assert task is not None
        await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert seen == ["cancelled"]

    asyncio.run(main())
