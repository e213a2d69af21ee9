using System.Globalization;
using System.Net;
using Spotify.Testing;

namespace Spotify.Gateway.Tests;

/// <summary>HTTPS is Kestrel's configuration: a certificate from settings, nothing in code.</summary>
public sealed class GatewayHttpsTests
{
    [Fact]
    public async Task The_gateway_serves_https_with_the_certificate_from_its_settings()
    {
        using var certificate = SelfSignedCertificate.Create("gateway-https");
        var ports = FreePorts.Take(2);
        await using var gateway = await HostProcess.StartAsync(
            "gateway-https",
            RepositoryLayout.GatewayAssembly,
            new Dictionary<string, string>
            {
                ["Kestrel:Endpoints:Https:Url"] = $"https://127.0.0.1:{ports[0]}",
                ["Kestrel:Endpoints:Https:Certificate:Path"] = certificate.Path,
                ["Kestrel:Endpoints:Https:Certificate:Password"] = certificate.Password,
                ["Orleans:SiloPort"] = ports[1].ToString(CultureInfo.InvariantCulture),
            },
            TimeSpan.FromSeconds(90));
        string? presented = null;
        using var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, serverCertificate, _, _) =>
            {
                presented = serverCertificate?.Subject;
                return true;
            },
        };
        using var client = new HttpClient(handler);

        var response = await client.GetAsync(new Uri($"https://127.0.0.1:{ports[0]}/healthz"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CN=gateway-https", presented);
    }
}
