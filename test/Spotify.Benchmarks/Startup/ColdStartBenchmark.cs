using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Spotify.Benchmarks.Measurement;
using Spotify.Testing;

namespace Spotify.Benchmarks.Startup;

/// <summary>
/// The Embedded gateway from process start to its first successful API call, as a newcomer's
/// <c>dotnet run</c> has it (built already): a client-credentials token, then
/// <c>GET /v1/browse/new-releases</c> answered 200 from the seeded demo catalog. Several cold
/// starts, each a new process.
/// </summary>
public static class ColdStartBenchmark
{
    public const double TargetSeconds = 5;
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(2);

    public static async Task<List<BenchResult>> RunAsync(int starts)
    {
        var seconds = new List<double>();
        for (var run = 0; run < starts; run++)
        {
            seconds.Add(await TimeOneStartAsync());
            Console.WriteLine($"cold start {run + 1}: {seconds[^1]:0.00} s");
        }
        seconds.Sort();
        return
        [
            new BenchResult("Embedded cold start to first API call: median", seconds[seconds.Count / 2], "s", TargetSeconds),
            new BenchResult("Embedded cold start to first API call: slowest", seconds[^1], "s", TargetSeconds),
        ];
    }

    private static async Task<double> TimeOneStartAsync()
    {
        var ports = FreePorts.Take(2);
        var baseAddress = new Uri($"http://127.0.0.1:{ports[0]}");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(RepositoryLayout.GatewayAssembly)!,
        };
        startInfo.ArgumentList.Add(RepositoryLayout.GatewayAssembly);
        startInfo.Environment["Urls"] = baseAddress.ToString();
        startInfo.Environment["Orleans__SiloPort"] = ports[1].ToString(CultureInfo.InvariantCulture);
        var archive = Directory.CreateTempSubdirectory("spotify-coldstart.").FullName;
        startInfo.Environment["Spotify__Archive__Directory"] = archive;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(startInfo)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(10) };
            while (clock.Elapsed < GiveUpAfter)
            {
                if (await FirstCallSucceedsAsync(http))
                {
                    return clock.Elapsed.TotalSeconds;
                }
                await Task.Delay(20);
            }
            throw new TimeoutException($"The gateway answered no API call within {GiveUpAfter}.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(archive, recursive: true);
        }
    }

    private static async Task<bool> FirstCallSucceedsAsync(HttpClient http)
    {
        try
        {
            var token = await http.PostAsync("/api/token", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_id"] = OAuthFlows.AdminClientId,
                ["client_secret"] = OAuthFlows.EmbeddedAdminSecret,
            }));
            if (!token.IsSuccessStatusCode)
            {
                return false;
            }
            var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("access_token").GetString();
            using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/browse/new-releases?limit=1");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var response = await http.SendAsync(request);
            return response.IsSuccessStatusCode
                && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("albums").GetProperty("total").GetInt32() > 0;
        }
        catch (HttpRequestException)
        {
            // Not listening yet: the process is still starting.
            return false;
        }
    }
}
