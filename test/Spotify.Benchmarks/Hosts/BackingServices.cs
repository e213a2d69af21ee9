using System.Diagnostics;
using Spotify.Testing;

namespace Spotify.Benchmarks.Hosts;

/// <summary>
/// PostgreSQL, Redis and Azurite for the benchmarks that need a Cluster. When <c>./test.sh</c> (or
/// the caller) already exported them, those are used; otherwise private ones are started with
/// <c>deploy/scripts/services.sh</c>, as the test command does, and stopped again on dispose.
/// </summary>
public sealed class BackingServices : IAsyncDisposable
{
    private static readonly string[] Variables = ["SPOTIFY_POSTGRES", "SPOTIFY_REDIS", "SPOTIFY_BLOBS"];
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private readonly string? _stateDirectory;

    private BackingServices(string? stateDirectory) => _stateDirectory = stateDirectory;

    public static async Task<BackingServices> EnsureAsync()
    {
        if (Variables.All(variable => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable))))
        {
            return new BackingServices(stateDirectory: null);
        }
        var state = Directory.CreateTempSubdirectory("spotify-bench.").FullName;
        var started = new BackingServices(state);
        try
        {
            Console.WriteLine("Starting PostgreSQL, Redis and Azurite (deploy/scripts/services.sh)");
            var output = await RunScriptAsync(
                "services_install; services_start_postgres \"$1\"; services_start_redis \"$1\"; services_start_azurite \"$1\"; " +
                "printf 'SPOTIFY_POSTGRES=%s\\nSPOTIFY_REDIS=%s\\nSPOTIFY_BLOBS=%s\\n' \"$SPOTIFY_POSTGRES\" \"$SPOTIFY_REDIS\" \"$SPOTIFY_BLOBS\"",
                state);
            foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var (name, value) = (line[..line.IndexOf('=')], line[(line.IndexOf('=') + 1)..]);
                Environment.SetEnvironmentVariable(name, value);
            }
            return started;
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_stateDirectory is null)
        {
            return;
        }
        await RunScriptAsync("services_stop \"$1\"", _stateDirectory);
        foreach (var variable in Variables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
        Directory.Delete(_stateDirectory, recursive: true);
    }

    private static async Task<string> RunScriptAsync(string commands, string stateDirectory)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryLayout.Root,
        };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add($"set -euo pipefail; source deploy/scripts/services.sh; {commands}");
        startInfo.ArgumentList.Add("bash");
        startInfo.ArgumentList.Add(stateDirectory);
        using var process = Process.Start(startInfo)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var standardError = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(StartTimeout);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"deploy/scripts/services.sh failed ({process.ExitCode}):\n{await standardError}");
        }
        return await standardOutput;
    }
}
