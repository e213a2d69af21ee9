using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>
/// What is left in an ingest staging folder. The job runner records that a job ended before it
/// removes the staged upload (a crash in between only resumes a finished job, which is then
/// dropped), so a test that has seen the job end waits a moment for the folder to be cleared.
/// </summary>
internal static class StagingFolder
{
    private static readonly TimeSpan ClearingTimeout = TimeSpan.FromSeconds(10);

    public static Task<string[]> EntriesOnceClearedAsync(string directory) =>
        Eventually.GetAsync(
            () => Task.FromResult(Directory.Exists(directory) ? Directory.GetFileSystemEntries(directory) : []),
            entries => entries.Length == 0,
            ClearingTimeout);
}
