using Microsoft.Extensions.Logging;
using Orleans.Streams;
using Orleans.Streams.Core;
using Spotify.Contracts.Listening;
using Spotify.Recommendations.Archive;

namespace Spotify.Grains.Listening;

/// <summary>
/// Keeps every play of a user's listening-history stream in the archive that training reads. It
/// holds no state: a delivered batch is appended before the stream counts it as delivered.
/// </summary>
[ImplicitStreamSubscription(ListeningStreams.HistoryNamespace)]
public sealed class ListeningArchiveGrain(IListeningArchive archive, ILogger<ListeningArchiveGrain> logger)
    : Grain, IListeningArchiveGrain, IStreamSubscriptionObserver, IAsyncBatchObserver<ListeningEvent>
{
    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        handleFactory.Create<ListeningEvent>().ResumeAsync(this);

    public Task OnNextAsync(ListeningEvent item, StreamSequenceToken? token = null) => archive.AppendAsync([item]);

    public Task OnNextAsync(IList<SequentialItem<ListeningEvent>> items) => archive.AppendAsync([.. items.Select(item => item.Item)]);

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex)
    {
        logger.LogError(ex, "Listening-history stream of user {UserId} failed", this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }
}
