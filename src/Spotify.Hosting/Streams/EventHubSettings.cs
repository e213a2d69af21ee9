namespace Spotify.Hosting.Streams;

public sealed record EventHubSettings(
    string ConnectionString,
    string EventHubName,
    string ConsumerGroup,
    string CheckpointStorageConnectionString,
    string CheckpointTable);
