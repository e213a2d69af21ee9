using System.Collections.Immutable;
using Npgsql;
using NpgsqlTypes;

namespace Spotify.Search.Postgres;

/// <summary>
/// The search index of the Cluster profile: PostgreSQL full-text search over the tables of
/// <c>deploy/sql/0006_search.sql</c>, with pg_trgm for spelling corrections. It ranks exactly as
/// the in-memory index does, so one contract suite holds for both.
/// </summary>
public sealed class PostgresSearchIndex(string connectionString) : ISearchIndex, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);

    private const string UpsertDocuments = """
        INSERT INTO search_documents (item_type, id, name_key, document, year, popularity)
        SELECT item_type, id, name_key, document::tsvector, year, popularity
        FROM unnest(@types, @ids, @names, @documents, @years, @popularities)
            AS batch (item_type, id, name_key, document, year, popularity)
        ON CONFLICT (item_type, id) DO UPDATE SET
            name_key = excluded.name_key,
            document = excluded.document,
            year = excluded.year,
            popularity = excluded.popularity
        """;

    private const string InsertWords = """
        INSERT INTO search_words (word) SELECT unnest(@words) ON CONFLICT DO NOTHING
        """;

    // chr(1114111) is the last code point, so the range holds every word that starts with the term.
    private const string FindPrefixTerms = """
        SELECT term FROM unnest(@terms) AS term
        WHERE EXISTS (SELECT 1 FROM search_words WHERE word >= term AND word < term || chr(1114111))
        """;

    private const string FindCorrections = """
        SELECT word FROM search_words
        WHERE word % @term AND similarity(word, @term) >= @threshold
        ORDER BY similarity(word, @term) DESC, word
        LIMIT @max
        """;

    public async Task IndexAsync(IReadOnlyCollection<SearchDocument> documents, CancellationToken cancellationToken = default)
    {
        // One row per item, in key order, so concurrent batches lock rows in the same order.
        var rows = documents
            .GroupBy(document => (document.Type, document.Id))
            .Select(group => group.Last())
            .OrderBy(document => document.Type)
            .ThenBy(document => document.Id, StringComparer.Ordinal)
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }
        var words = rows
            .SelectMany(document => new[] { document.Name, document.AlbumName }
                .Concat(document.ArtistNames)
                .Concat(document.Genres)
                .SelectMany(SearchText.Words))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();

        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var upsert = new NpgsqlCommand(UpsertDocuments, connection, transaction))
        {
            upsert.Parameters.Add(new NpgsqlParameter<short[]>("types", [.. rows.Select(row => (short)row.Type)]));
            upsert.Parameters.Add(new NpgsqlParameter<string[]>("ids", [.. rows.Select(row => row.Id)]));
            upsert.Parameters.Add(new NpgsqlParameter<string[]>("names", [.. rows.Select(row => SearchText.Key(row.Name))]));
            upsert.Parameters.Add(new NpgsqlParameter<string[]>("documents", [.. rows.Select(TextSearchLiterals.Document)]));
            upsert.Parameters.Add(new NpgsqlParameter<int?[]>("years", [.. rows.Select(row => row.Year)]));
            upsert.Parameters.Add(new NpgsqlParameter<int[]>("popularities", [.. rows.Select(row => row.Popularity)]));
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }
        await using (var insertWords = new NpgsqlCommand(InsertWords, connection, transaction))
        {
            insertWords.Parameters.Add(new NpgsqlParameter<string[]>("words", words));
            await insertWords.ExecuteNonQueryAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task RemoveAsync(SearchItemType type, string id, CancellationToken cancellationToken = default)
    {
        await using var command = _dataSource.CreateCommand("DELETE FROM search_documents WHERE item_type = @type AND id = @id");
        command.Parameters.Add(new NpgsqlParameter<short>("type", (short)type));
        command.Parameters.Add(new NpgsqlParameter<string>("id", id));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<SearchHits> SearchAsync(SearchQuery query, SearchItemType type, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        if (!query.AppliesTo(type))
        {
            return SearchHits.None;
        }
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        var terms = await ResolveAsync(connection, [.. query.Clauses()], cancellationToken);
        if (terms.Any(term => term.MatchesNothing))
        {
            return SearchHits.None;
        }

        var statement = SearchStatement.For(query, type, terms);
        var ids = ImmutableArray.CreateBuilder<string>();
        var total = 0;
        await using (var page = statement.Page(connection, offset, limit))
        await using (var reader = await page.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0));
                total = (int)reader.GetInt64(1);
            }
        }
        if (ids.Count == 0 && offset > 0)
        {
            // The page is past the end; the window count came with no row, so count on its own.
            await using var count = statement.Count(connection);
            total = (int)(long)(await count.ExecuteScalarAsync(cancellationToken))!;
        }
        return new SearchHits(ids.ToImmutable(), total);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    private static async Task<List<ResolvedTerm>> ResolveAsync(NpgsqlConnection connection, List<TermClause> clauses, CancellationToken cancellationToken)
    {
        if (clauses.Count == 0)
        {
            return [];
        }
        var prefixTerms = new HashSet<string>(StringComparer.Ordinal);
        await using (var findPrefixes = new NpgsqlCommand(FindPrefixTerms, connection))
        {
            findPrefixes.Parameters.Add(new NpgsqlParameter<string[]>("terms", [.. clauses.Select(clause => clause.Term).Distinct()]));
            await using var reader = await findPrefixes.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                prefixTerms.Add(reader.GetString(0));
            }
        }

        var resolved = new List<ResolvedTerm>(clauses.Count);
        foreach (var clause in clauses)
        {
            resolved.Add(prefixTerms.Contains(clause.Term)
                ? ResolvedTerm.Prefix(clause)
                : ResolvedTerm.Corrected(clause, await FindCorrectionsAsync(connection, clause.Term, cancellationToken)));
        }
        return resolved;
    }

    private static async Task<ImmutableArray<string>> FindCorrectionsAsync(NpgsqlConnection connection, string term, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(FindCorrections, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("term", term));
        command.Parameters.Add(new NpgsqlParameter<double>("threshold", Trigrams.Threshold) { NpgsqlDbType = NpgsqlDbType.Real });
        command.Parameters.Add(new NpgsqlParameter<int>("max", ResolvedTerm.MaxCorrections));
        var corrections = ImmutableArray.CreateBuilder<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            corrections.Add(reader.GetString(0));
        }
        return corrections.ToImmutable();
    }
}
