using System.Net.Security;
using System.Security.Cryptography.X509Certificates;
using Orleans.Connections.Security;
using Spotify.Hosting.Configuration;

namespace Spotify.Hosting;

/// <summary>
/// The TLS policy shared by silos and clients: mutual authentication, and a peer is trusted when
/// its certificate chains to a trusted root or is the cluster's own certificate (so one
/// self-signed certificate shared by every process is enough for a private cluster).
/// </summary>
internal static class OrleansTls
{
    public static void Configure(TlsOptions options, OrleansTlsSettings settings)
    {
        options.LocalCertificate = settings.Certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = (certificate, _, errors) =>
            errors == SslPolicyErrors.None || IsClusterCertificate(certificate, settings.Certificate);
    }

    private static bool IsClusterCertificate(X509Certificate2 remote, X509Certificate2 local) =>
        remote.RawDataMemory.Span.SequenceEqual(local.RawDataMemory.Span);
}
