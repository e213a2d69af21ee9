namespace Spotify.Testing;

/// <summary>Waits for what happens asynchronously (a stream delivering, a silo noticing): polls until true or a deadline.</summary>
public static class Eventually
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <returns>The value that finally satisfied <paramref name="isDone"/>.</returns>
    /// <exception cref="TimeoutException">It never did within <paramref name="timeout"/>; the message shows the last value.</exception>
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> isDone, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (isDone(value))
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not done after {timeout}; last value: {value}");
            }
            await Task.Delay(PollInterval);
        }
    }
}
