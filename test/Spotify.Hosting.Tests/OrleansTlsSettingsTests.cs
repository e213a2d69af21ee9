using Spotify.Hosting.Configuration;
using Spotify.Testing;

namespace Spotify.Hosting.Tests;

public sealed class OrleansTlsSettingsTests
{
    [Fact]
    public void Tls_is_off_unless_a_certificate_is_named()
    {
        Assert.Null(SiloSettings.Read(Settings.From(("Spotify:Profile", "Cluster"), ("ConnectionStrings:Postgres", "Host=db"))).Tls);
    }

    [Fact]
    public void A_named_certificate_is_loaded_with_its_private_key()
    {
        using var certificate = SelfSignedCertificate.Create("settings-test");

        var settings = SiloSettings.Read(Settings.From(
            ("Spotify:Profile", "Cluster"),
            ("ConnectionStrings:Postgres", "Host=db"),
            ("Orleans:Tls:CertificatePath", certificate.Path),
            ("Orleans:Tls:CertificatePassword", certificate.Password)));

        Assert.True(settings.Tls?.Certificate.HasPrivateKey);
        Assert.Equal("CN=settings-test", settings.Tls?.Certificate.Subject);
    }

    [Fact]
    public void A_missing_certificate_file_or_a_wrong_password_names_the_key()
    {
        using var certificate = SelfSignedCertificate.Create("settings-test");

        var missing = Assert.Throws<HostingConfigurationException>(() => GatewayClientSettings.Read(Settings.From(
            ("ConnectionStrings:Postgres", "Host=db"), ("ConnectionStrings:Redis", "r"), ("ConnectionStrings:Blobs", "b"),
            ("Orleans:Tls:CertificatePath", "/nowhere/cluster.pfx"))));
        var wrongPassword = Assert.Throws<HostingConfigurationException>(() => GatewayClientSettings.Read(Settings.From(
            ("ConnectionStrings:Postgres", "Host=db"), ("ConnectionStrings:Redis", "r"), ("ConnectionStrings:Blobs", "b"),
            ("Orleans:Tls:CertificatePath", certificate.Path), ("Orleans:Tls:CertificatePassword", "wrong"))));

        Assert.Contains("Orleans:Tls:CertificatePath names no file: '/nowhere/cluster.pfx'", missing.Message);
        Assert.Contains("Orleans:Tls:CertificatePath could not be read with Orleans:Tls:CertificatePassword", wrongPassword.Message);
    }

    [Fact]
    public void Tls_in_the_embedded_profile_is_refused()
    {
        using var certificate = SelfSignedCertificate.Create("settings-test");

        var failure = Assert.Throws<HostingConfigurationException>(() => SiloSettings.Read(Settings.From(
            ("Orleans:Tls:CertificatePath", certificate.Path), ("Orleans:Tls:CertificatePassword", certificate.Password))));

        Assert.Contains("Orleans:Tls:CertificatePath needs Spotify:Profile set to Cluster", failure.Message);
    }
}
