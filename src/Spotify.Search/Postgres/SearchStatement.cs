using Npgsql;

namespace Spotify.Search.Postgres;

/// <summary>
/// The SQL of one search: the matching documents of a type, ranked by <see cref="MatchQuality"/>
/// (computed as the in-memory index computes it), popularity, name and id.
/// </summary>
internal sealed class SearchStatement
{
    private readonly string _matches;
    private readonly List<NpgsqlParameter> _parameters;

    private SearchStatement(string matches, List<NpgsqlParameter> parameters)
    {
        _matches = matches;
        _parameters = parameters;
    }

    public static SearchStatement For(SearchQuery query, SearchItemType type, IReadOnlyList<ResolvedTerm> terms)
    {
        var parameters = new List<NpgsqlParameter>
        {
            new NpgsqlParameter<short>("type", (short)type),
        };
        var conditions = new List<string> { "item_type = @type" };
        if (terms.Count > 0)
        {
            conditions.Add("document @@ @query::tsquery");
            parameters.Add(new NpgsqlParameter<string>("query", TextSearchLiterals.Query(terms)));
        }
        if (query.Years is { } years)
        {
            conditions.Add("year BETWEEN @yearFrom AND @yearTo");
            parameters.Add(new NpgsqlParameter<int>("yearFrom", years.From));
            parameters.Add(new NpgsqlParameter<int>("yearTo", years.To));
        }

        string quality;
        if (query.Words.IsEmpty)
        {
            quality = ((int)MatchQuality.Elsewhere).ToString();
        }
        else if (terms.Any(term => !term.IsPrefix))
        {
            quality = ((int)MatchQuality.Corrected).ToString();
        }
        else
        {
            var freeTerms = terms.Where(term => term.Clause.IsFreeText);
            parameters.Add(new NpgsqlParameter<string>("text", query.Text));
            parameters.Add(new NpgsqlParameter<string>("nameQuery", TextSearchLiterals.Query(freeTerms, onlyIn: SearchField.Name)));
            quality = $"""
                CASE
                    WHEN name_key = @text THEN {(int)MatchQuality.ExactName}
                    WHEN starts_with(name_key, @text) THEN {(int)MatchQuality.NamePrefix}
                    WHEN document @@ @nameQuery::tsquery THEN {(int)MatchQuality.InName}
                    ELSE {(int)MatchQuality.Elsewhere}
                END
                """;
        }

        var matches = $"""
            SELECT id, name_key, popularity, {quality} AS quality
            FROM search_documents
            WHERE {string.Join(" AND ", conditions)}
            """;
        return new SearchStatement(matches, parameters);
    }

    /// <summary>Selects the page's ids, each row with the number of all matches.</summary>
    public NpgsqlCommand Page(NpgsqlConnection connection, int offset, int limit)
    {
        var command = Command(connection, $"""
            SELECT id, count(*) OVER () FROM ({_matches}) AS matches
            ORDER BY quality DESC, popularity DESC, name_key, id
            OFFSET @offset LIMIT @limit
            """);
        command.Parameters.Add(new NpgsqlParameter<int>("offset", offset));
        command.Parameters.Add(new NpgsqlParameter<int>("limit", limit));
        return command;
    }

    public NpgsqlCommand Count(NpgsqlConnection connection) =>
        Command(connection, $"SELECT count(*) FROM ({_matches}) AS matches");

    private NpgsqlCommand Command(NpgsqlConnection connection, string sql)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in _parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }
        return command;
    }
}
