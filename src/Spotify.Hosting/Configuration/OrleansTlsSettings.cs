using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Spotify.Hosting.Configuration;

/// <summary>
/// TLS for silo-to-silo and client-to-silo connections, on when <c>Orleans:Tls:CertificatePath</c>
/// names a PKCS#12 file. Every silo and gateway presents its certificate and requires the peer's.
/// </summary>
public sealed record OrleansTlsSettings(X509Certificate2 Certificate)
{
    /// <returns>Null when TLS is not configured.</returns>
    public static OrleansTlsSettings? Read(SettingsReader reader)
    {
        var path = reader.Optional(SettingKeys.TlsCertificatePath);
        if (path is null)
        {
            return null;
        }
        if (!File.Exists(path))
        {
            reader.Problem($"{SettingKeys.TlsCertificatePath} names no file: '{path}'");
            return null;
        }
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, reader.Optional(SettingKeys.TlsCertificatePassword));
            if (certificate.HasPrivateKey)
            {
                return new OrleansTlsSettings(certificate);
            }
            reader.Problem($"{SettingKeys.TlsCertificatePath} must hold a private key: '{path}' has none");
        }
        catch (CryptographicException exception)
        {
            reader.Problem($"{SettingKeys.TlsCertificatePath} could not be read with {SettingKeys.TlsCertificatePassword}: {exception.Message}");
        }
        return null;
    }
}
