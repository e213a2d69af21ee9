using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spotify.Benchmarks.Measurement;
using Spotify.Contracts.Ids;
using Spotify.Contracts.Library;
using Spotify.Contracts.Users;
using Spotify.Grains;
using Spotify.Hosting;
using Spotify.Hosting.Configuration;
using Spotify.Testing;

namespace Spotify.Benchmarks.Grains;

/// <summary>
/// An Embedded silo in this process, configured as the gateway's is, with many users active at
/// once: first each user's <c>UserGrain</c>, then also their (empty) <c>UserLibraryGrain</c>.
/// Prints the managed heap each adds per user and how many UserGrains a second are activated.
/// </summary>
public static class UserMemoryBenchmark
{
    public const double TargetBytesPerUser = 4 * 1024;
    private const int Concurrency = 256;

    public static async Task<List<BenchResult>> RunAsync(int users)
    {
        var archive = Directory.CreateTempSubdirectory("spotify-memory.").FullName;
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        // Added last, so these win over whatever the environment says.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Spotify:Profile"] = "Embedded",
            ["Spotify:Streams:Provider"] = "Memory",
            ["Orleans:SiloPort"] = FreePorts.Take().ToString(CultureInfo.InvariantCulture),
            ["Spotify:DemoCatalog:SeedOnStart"] = "false",
            ["Spotify:Archive:Directory"] = archive,
        });
        var settings = SiloSettings.Read(builder.Configuration);
        builder.UseOrleans(silo => silo.AddSpotifySilo(settings).AddSpotifyGrains());
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            // Warm up: the first activations load code and fill caches that every later one shares.
            var warmup = NewUserIds(Math.Min(users, 2_000));
            await ActivateAsync(warmup, id => grains.GetGrain<IUserGrain>(id).GetProfileAsync());
            await ActivateAsync(warmup, id => grains.GetGrain<IUserLibraryGrain>(id).ContainsAsync(LibraryShelf.Tracks, []));

            var userIds = NewUserIds(users);
            var empty = SettledHeapBytes();
            var clock = Stopwatch.StartNew();
            await ActivateAsync(userIds, id => grains.GetGrain<IUserGrain>(id).GetProfileAsync());
            var activating = clock.Elapsed;
            var withUsers = SettledHeapBytes();
            await ActivateAsync(userIds, id => grains.GetGrain<IUserLibraryGrain>(id).ContainsAsync(LibraryShelf.Tracks, []));
            var withLibraries = SettledHeapBytes();

            var perUserGrain = (withUsers - empty) / (double)users;
            var perUser = (withLibraries - empty) / (double)users;
            Console.WriteLine($"{users:N0} users active: {perUserGrain:N0} bytes a UserGrain, {perUser:N0} with its empty library grain; {users / activating.TotalSeconds:N0} UserGrains activated a second");
            return
            [
                new BenchResult($"managed memory per active UserGrain ({users:N0} active)", perUserGrain, "bytes", TargetBytesPerUser),
                new BenchResult("managed memory per active user with an empty library (UserGrain + UserLibraryGrain)", perUser, "bytes", TargetBytesPerUser),
                new BenchResult("UserGrain activations", users / activating.TotalSeconds, "activations/s"),
            ];
        }
        finally
        {
            await host.StopAsync();
            Directory.Delete(archive, recursive: true);
        }
    }

    private static List<string> NewUserIds(int count) => [.. Enumerable.Range(0, count).Select(_ => SpotifyId.NewId())];

    private static async Task ActivateAsync<T>(List<string> userIds, Func<string, Task<T>> call)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
        {
            for (var index = Interlocked.Increment(ref next); index < userIds.Count; index = Interlocked.Increment(ref next))
            {
                await call(userIds[index]);
            }
        }));
    }

    private static long SettledHeapBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
