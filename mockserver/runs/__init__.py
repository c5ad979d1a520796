"""Campaign runs: schedules whose activities progress on the mock's clock (issue #15).

``definition`` turns a CreateRun body into a checked RunDefinition, ``schedule`` gives its
occurrences and time zones, ``progress`` the state of every activity at an instant (a pure
function of the definition, its pause/resume/cancel events and the instant), ``storage`` holds
all of the runs' SQL and ``service`` joins them for the control plane and the read path.
"""
