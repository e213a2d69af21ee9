-- The catalog search index of the Cluster profile (Spotify.Search.Postgres.PostgresSearchIndex).
-- Words are normalised by the application (lower case, accents removed) before they get here, so
-- both columns hold exactly the words the in-memory index of the Embedded profile would hold.
-- pg_trgm is a trusted extension: the database owner may create it.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE search_documents (
    item_type smallint NOT NULL,           -- Spotify.Search.SearchItemType
    id text COLLATE "C" NOT NULL,
    name_key text COLLATE "C" NOT NULL,    -- the name's words joined by single spaces
    -- Every word of the item, weighted by the text it occurs in:
    -- A name, B artist names, C album name, D genres.
    document tsvector NOT NULL,
    year integer NULL,
    popularity integer NOT NULL,
    PRIMARY KEY (item_type, id)
);

CREATE INDEX search_documents_document ON search_documents USING gin (document);

-- Every word ever indexed: prefix lookups use the primary key (C collation, so a range scan),
-- spelling corrections the trigram index.
CREATE TABLE search_words (
    word text COLLATE "C" PRIMARY KEY
);

CREATE INDEX search_words_trigrams ON search_words USING gin (word gin_trgm_ops);
