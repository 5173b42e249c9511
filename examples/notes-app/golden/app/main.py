"""Notes API: in-memory CRUD service built with FastAPI."""
from datetime import datetime, timezone
from threading import Lock

from fastapi import FastAPI, HTTPException, Response, status
from pydantic import BaseModel, Field

app = FastAPI(title="Notes API", version="1.0.0")


class NoteIn(BaseModel):
    title: str = Field(min_length=1, max_length=200)
    body: str = Field(default="", max_length=10_000)


class Note(NoteIn):
    id: int
    created_at: datetime
    updated_at: datetime


_notes: dict[int, Note] = {}
_next_id = 1
_lock = Lock()


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _get_or_404(note_id: int) -> Note:
    note = _notes.get(note_id)
    if note is None:
        raise HTTPException(status_code=404, detail=f"note {note_id} not found")
    return note


@app.post("/notes", response_model=Note, status_code=status.HTTP_201_CREATED)
def create_note(payload: NoteIn) -> Note:
    global _next_id
    with _lock:
        now = _now()
        note = Note(id=_next_id, created_at=now, updated_at=now, **payload.model_dump())
        _notes[note.id] = note
        _next_id += 1
    return note


@app.get("/notes", response_model=list[Note])
def list_notes(q: str | None = None) -> list[Note]:
    notes = sorted(_notes.values(), key=lambda n: n.id)
    if q:
        notes = [n for n in notes if q.lower() in n.title.lower()]
    return notes


@app.get("/notes/{note_id}", response_model=Note)
def read_note(note_id: int) -> Note:
    return _get_or_404(note_id)


@app.put("/notes/{note_id}", response_model=Note)
def update_note(note_id: int, payload: NoteIn) -> Note:
    with _lock:
        note = _get_or_404(note_id)
        updated = note.model_copy(update={**payload.model_dump(), "updated_at": _now()})
        _notes[note_id] = updated
    return updated


@app.delete("/notes/{note_id}", status_code=status.HTTP_204_NO_CONTENT)
def delete_note(note_id: int) -> Response:
    with _lock:
        _get_or_404(note_id)
        del _notes[note_id]
    return Response(status_code=status.HTTP_204_NO_CONTENT)
