using System.Threading.Channels;

namespace Spotify.Gateway.AudioIngest;

/// <summary>Staged uploads waiting for a worker. Unbounded: each entry is a few strings, the bytes are on disk.</summary>
public sealed class AudioIngestQueue
{
    private readonly Channel<StagedAudio> _channel = Channel.CreateUnbounded<StagedAudio>();

    public void Enqueue(StagedAudio staged)
    {
        if (!_channel.Writer.TryWrite(staged))
        {
            throw new InvalidOperationException("The audio ingest queue no longer takes jobs.");
        }
    }

    public IAsyncEnumerable<StagedAudio> ReadAllAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAllAsync(cancellationToken);
}
