using System.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Spotify.Hosting.Database;
using Spotify.Testing;

namespace Spotify.Hosting.Tests;

/// <summary>
/// deploy/sql/0007 on the real PostgreSQL, driven as Microsoft.Orleans.Streaming.AdoNet
/// 10.4.2-alpha.1 drives it: the query texts from OrleansQuery, with the parameter names and types
/// that assembly binds and the column names it reads.
/// </summary>
public sealed class StreamingSchemaTests : IAsyncLifetime
{
    private const string ServiceId = "spotify";
    private const string ProviderId = "listening";
    private const string QueueId = "listening-0";

    /// <summary>The keys the 10.4.2-alpha.1 assembly refuses to start without.</summary>
    private static readonly string[] RequiredKeys =
    [
        "ConfirmStreamMessagesKey", "EvictStreamDeadLettersKey", "EvictStreamMessagesKey",
        "FailStreamMessageKey", "GetStreamMessagesKey", "QueueStreamMessageKey",
    ];

    private readonly TestDatabase _database = TestDatabase.CreateName("streaming");
    private IReadOnlyList<string> _applied = [];

    public async Task InitializeAsync() =>
        _applied = await new SchemaMigrator(_database.ConnectionString, NullLogger<SchemaMigrator>.Instance)
            .MigrateAsync(CancellationToken.None);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_migrator_applies_the_streaming_script_to_a_fresh_database()
    {
        Assert.Contains("Spotify.Sql.0007_orleans_streaming.sql", _applied);
        var keys = await ReadAsync("SELECT QueryKey FROM OrleansQuery WHERE QueryKey LIKE '%Stream%' ORDER BY QueryKey", [],
            record => record.GetString(0));
        Assert.Equal(RequiredKeys, keys);
    }

    [Fact]
    public async Task A_queued_batch_is_taken_once_hidden_and_deleted_when_confirmed()
    {
        var queued = await QueueAsync([1, 2, 3]);

        var taken = Assert.Single(await GetAsync());
        var takenAgain = await GetAsync();
        var confirmed = await ConfirmAsync($"{taken.MessageId}:{taken.Dequeued}");

        Assert.Equal((ServiceId, ProviderId, QueueId, queued), (taken.ServiceId, taken.ProviderId, taken.QueueId, taken.MessageId));
        Assert.Equal(1, taken.Dequeued);
        Assert.Equal([1, 2, 3], taken.Payload);
        Assert.True(taken.VisibleOn > taken.ModifiedOn);
        Assert.True(taken.ExpiresOn > taken.CreatedOn);
        Assert.Empty(takenAgain);
        Assert.Equal([queued], confirmed);
        Assert.Equal(0, await CountAsync("OrleansStreamMessage"));
    }

    [Fact]
    public async Task Messages_are_taken_in_the_order_they_were_queued_up_to_the_count_asked()
    {
        var queued = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            queued.Add(await QueueAsync([(byte)i]));
        }

        var first = await GetAsync(maxCount: 3);
        var rest = await GetAsync(maxCount: 3);

        Assert.Equal(queued[..3], first.Select(message => message.MessageId));
        Assert.Equal(queued[3..], rest.Select(message => message.MessageId));
    }

    [Fact]
    public async Task A_stale_receipt_confirms_nothing()
    {
        var queued = await QueueAsync([7]);
        await GetAsync(visibilityTimeout: 0);
        var retaken = Assert.Single(await GetAsync());

        var stale = await ConfirmAsync($"{queued}:1");
        var current = await ConfirmAsync($"{queued}:{retaken.Dequeued}");

        Assert.Equal(2, retaken.Dequeued);
        Assert.Empty(stale);
        Assert.Equal([queued], current);
    }

    [Fact]
    public async Task A_released_message_is_visible_again_at_once_and_a_stale_release_is_ignored()
    {
        var queued = await QueueAsync([7]);
        var taken = Assert.Single(await GetAsync());

        var staleRelease = await ConfirmAsync($"{queued}:-{taken.Dequeued + 1}");
        var hidden = await GetAsync();
        var released = await ConfirmAsync($"{queued}:-{taken.Dequeued}");
        var retaken = Assert.Single(await GetAsync());

        Assert.Empty(staleRelease);
        Assert.Empty(hidden);
        Assert.Equal([queued], released);
        Assert.Equal(2, retaken.Dequeued);
        Assert.Equal(1, await CountAsync("OrleansStreamMessage"));
    }

    [Fact]
    public async Task A_failed_message_is_offered_again_until_its_attempts_are_used_then_dead_lettered()
    {
        var queued = await QueueAsync([7]);

        Assert.Single(await GetAsync(maxAttempts: 2));
        await FailAsync(queued, maxAttempts: 2);
        var second = Assert.Single(await GetAsync(maxAttempts: 2));
        await FailAsync(queued, maxAttempts: 2);

        Assert.Equal(2, second.Dequeued);
        Assert.Empty(await GetAsync(maxAttempts: 2));
        Assert.Equal(0, await CountAsync("OrleansStreamMessage"));
        Assert.Equal(1, await CountAsync("OrleansStreamDeadLetter"));
    }

    [Fact]
    public async Task A_queue_poll_moves_expired_messages_to_the_dead_letters()
    {
        await QueueAsync([7], expiryTimeout: 0);

        var taken = await GetAsync();

        Assert.Empty(taken);
        Assert.Equal(0, await CountAsync("OrleansStreamMessage"));
        Assert.Equal(1, await CountAsync("OrleansStreamDeadLetter"));
    }

    [Fact]
    public async Task The_eviction_queries_run_with_the_parameters_the_provider_binds()
    {
        await QueueAsync([7], expiryTimeout: 0);

        await ExecuteKeyAsync("EvictStreamMessagesKey", [.. Queue(), ("MaxCount", 100), ("MaxAttempts", 5), ("RemovalTimeout", 0)]);
        var deadLetters = await CountAsync("OrleansStreamDeadLetter");
        await ExecuteKeyAsync("EvictStreamDeadLettersKey", [.. Queue(), ("MaxCount", 100)]);

        Assert.Equal(1, deadLetters);
        Assert.Equal(0, await CountAsync("OrleansStreamDeadLetter"));
        Assert.Equal(0, await CountAsync("OrleansStreamMessage"));
    }

    /// <summary>A row as the provider reads it: each column by name, cast to the CLR type it expects.</summary>
    private sealed record TakenMessage(
        string ServiceId, string ProviderId, string QueueId, long MessageId, int Dequeued,
        DateTime VisibleOn, DateTime ExpiresOn, DateTime CreatedOn, DateTime ModifiedOn, byte[] Payload);

    private static (string Name, object Value)[] Queue() =>
        [("ServiceId", ServiceId), ("ProviderId", ProviderId), ("QueueId", QueueId)];

    private async Task<long> QueueAsync(byte[] payload, int expiryTimeout = 600)
    {
        var acks = await ReadKeyAsync("QueueStreamMessageKey", [.. Queue(), ("Payload", payload), ("ExpiryTimeout", expiryTimeout)],
            record => (Service: (string)record["ServiceId"], Provider: (string)record["ProviderId"], Queue: (string)record["QueueId"],
                MessageId: (long)record["MessageId"]));
        var ack = Assert.Single(acks);
        Assert.Equal((ServiceId, ProviderId, QueueId), (ack.Service, ack.Provider, ack.Queue));
        return ack.MessageId;
    }

    private Task<IReadOnlyList<TakenMessage>> GetAsync(int maxCount = 32, int maxAttempts = 5, int visibilityTimeout = 60) =>
        ReadKeyAsync("GetStreamMessagesKey",
            [.. Queue(), ("MaxCount", maxCount), ("MaxAttempts", maxAttempts), ("VisibilityTimeout", visibilityTimeout),
             ("RemovalTimeout", 3600), ("EvictionInterval", 10), ("EvictionBatchSize", 1000)],
            record => new TakenMessage(
                (string)record["ServiceId"], (string)record["ProviderId"], (string)record["QueueId"], (long)record["MessageId"],
                (int)record["Dequeued"], (DateTime)record["VisibleOn"], (DateTime)record["ExpiresOn"], (DateTime)record["CreatedOn"],
                (DateTime)record["ModifiedOn"], (byte[])record["Payload"]));

    private Task<IReadOnlyList<long>> ConfirmAsync(string items) =>
        ReadKeyAsync("ConfirmStreamMessagesKey", [.. Queue(), ("Items", items)], record => (long)record["MessageId"]);

    private Task FailAsync(long messageId, int maxAttempts) =>
        ExecuteKeyAsync("FailStreamMessageKey",
            [.. Queue(), ("MessageId", messageId), ("MaxAttempts", maxAttempts), ("RemovalTimeout", 3600)]);

    private async Task<long> CountAsync(string table) =>
        await _database.ScalarAsync<long>($"SELECT count(*) FROM {table}");

    private async Task<IReadOnlyList<T>> ReadKeyAsync<T>(string key, (string Name, object Value)[] parameters, Func<IDataRecord, T> read) =>
        await ReadAsync(await QueryTextAsync(key), parameters, read);

    private async Task ExecuteKeyAsync(string key, (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, await QueryTextAsync(key), parameters);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<string> QueryTextAsync(string key) =>
        Assert.Single(await ReadAsync("SELECT QueryText FROM OrleansQuery WHERE QueryKey = @key", [("key", key)], record => record.GetString(0)));

    private async Task<IReadOnlyList<T>> ReadAsync<T>(string sql, (string Name, object Value)[] parameters, Func<IDataRecord, T> read)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            // The DbType the provider derives from each value's CLR type.
            var type = value switch
            {
                string => DbType.String,
                int => DbType.Int32,
                long => DbType.Int64,
                byte[] => DbType.Binary,
                _ => throw new ArgumentException($"The provider binds no {value.GetType()} parameters.", nameof(parameters)),
            };
            command.Parameters.Add(new NpgsqlParameter(name, type) { Value = value });
        }
        return command;
    }
}
