namespace Spotify.Hosting.Streams;

/// <param name="ConnectionString">The cluster's PostgreSQL (<c>ConnectionStrings:Postgres</c>); the queues live in its tables.</param>
/// <param name="Queues">How many queues the streams are spread over; each is polled by one silo at a time.</param>
/// <param name="PollingPeriod">How often a silo polls each queue it owns; bounds the delivery latency.</param>
/// <param name="VisibilityTimeout">How long a batch taken by a silo stays hidden from the others before it is delivered again.</param>
public sealed record AdoNetStreamSettings(
    string ConnectionString,
    int Queues,
    TimeSpan PollingPeriod,
    TimeSpan VisibilityTimeout);
