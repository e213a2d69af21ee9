using Spotify.Search.Postgres;

namespace Spotify.Search.Tests;

public sealed class PostgresSearchIndexTests(PostgresSearchDatabase database)
    : SearchIndexContract, IClassFixture<PostgresSearchDatabase>
{
    protected override async Task<ISearchIndex> CreateEmptyIndexAsync()
    {
        await database.TruncateAsync();
        return new PostgresSearchIndex(database.DataSource);
    }
}
