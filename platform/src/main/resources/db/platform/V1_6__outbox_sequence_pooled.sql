-- Outbox ids are taken 50 at a time (Hibernate's pooled-lo optimizer), so that a bulk chunk's outbox rows
-- are INSERTed in JDBC batches; an identity value is only known row by row. Existing ids stay below the next block.
ALTER SEQUENCE outbox_event_seq_seq INCREMENT BY 50;
