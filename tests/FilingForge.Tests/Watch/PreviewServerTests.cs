using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.Json;

namespace FilingForge.Tests.Watch;

/// <summary>The preview server of <c>filingforge watch</c>: what it serves, what it refuses, and how it follows edits.</summary>
public sealed class PreviewServerTests : IDisposable
{
    private readonly LivePreview _preview = new();

    public void Dispose() => _preview.Dispose();

    [Theory]
    [InlineData("/../README.md")]
    [InlineData("/%2e%2e/%2e%2e/README.md")]
    [InlineData("/..%2f..%2fREADME.md")]
    [InlineData("/..%5c..%5cREADME.md")]
    [InlineData("/etc/passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/summary-compensation.yaml")]
    [InlineData("/shared/theme.yaml")]
    [InlineData("/manifest.json")]
    public async Task A_path_outside_the_outputs_is_refused(string target)
    {
        var response = await RawHttp.GetAsync(_preview.Endpoint, target);

        Assert.Equal(404, response.Status);
        Assert.DoesNotContain("root:", response.Body);
        Assert.DoesNotContain("FilingForge is a compiler", response.Body);
        Assert.DoesNotContain("salary", response.Body);
    }

    [Theory]
    [InlineData("/_ff/")]
    [InlineData("/proxy-statement/")]
    [InlineData("/templates/")]
    [InlineData("/.")]
    public async Task No_folder_is_listed(string target)
    {
        var response = await RawHttp.GetAsync(_preview.Endpoint, target);

        Assert.Equal(404, response.Status);
    }

    [Fact]
    public async Task The_index_lists_only_the_documents_and_each_preview_is_served_with_its_live_script()
    {
        var index = await RawHttp.GetAsync(_preview.Endpoint, "/");
        var page = await RawHttp.GetAsync(_preview.Endpoint, "/proxy-statement.html");

        Assert.Equal(200, index.Status);
        Assert.Contains("href=\"/proxy-statement.html\"", index.Body);
        Assert.Contains("href=\"/proxy-card.html\"", index.Body);
        Assert.DoesNotContain(".yaml", index.Body);
        Assert.Equal(200, page.Status);
        Assert.Contains("235,096", page.Body);
        Assert.Contains("<script src=\"/_ff/live.js\" data-document=\"proxy-statement\"", page.Body);
        Assert.Contains("Content-Security-Policy: default-src 'none'", page.Head);
    }

    [Fact]
    public void The_server_binds_to_the_loopback_address_by_default()
    {
        Assert.True(IPAddress.IsLoopback(_preview.Server.Endpoint.Address), $"bound to {_preview.Server.Endpoint}");
    }

    [Fact]
    public async Task The_server_is_not_reachable_on_the_machine_s_other_addresses()
    {
        var others = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses.Select(a => a.Address))
            .Where(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a))
            .ToArray();
        // A machine with no other address has nothing to try; the binding test above still holds.

        foreach (var address in others)
        {
            using var client = new TcpClient();
            var refused = await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(address, _preview.Server.Endpoint.Port).WaitAsync(TimeSpan.FromSeconds(10)));
            Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
        }
    }

    [Fact]
    public async Task A_request_naming_another_host_is_refused_so_a_rebound_web_page_cannot_read_the_filing()
    {
        var response = await RawHttp.GetAsync(_preview.Endpoint, "/proxy-statement.html", host: "attacker.example:80");

        Assert.Equal(421, response.Status);
        Assert.DoesNotContain("235,096", response.Body);
    }

    [Fact]
    public async Task A_saved_change_sends_a_build_event_and_the_page_then_shows_the_new_figure()
    {
        using var events = await EventReader.OpenAsync(_preview.Endpoint);
        var first = await events.NextBuildAsync(LivePreview.Deadline);

        _preview.Sample.Edit("summary-compensation.yaml", "salary: 235096", "salary: 241000");
        var next = await events.NextBuildAsync(s => s.GetProperty("generation").GetInt32() > first.GetProperty("generation").GetInt32(), LivePreview.Deadline);

        Assert.True(next.GetProperty("ok").GetBoolean());
        var page = await RawHttp.GetAsync(_preview.Endpoint, "/proxy-statement.html");
        Assert.Contains("241,000", page.Body);
        Assert.DoesNotContain("235,096", page.Body);
    }

    [Fact]
    public async Task The_changed_figure_is_highlighted_by_its_table_row_and_cell()
    {
        using var events = await EventReader.OpenAsync(_preview.Endpoint);
        await events.NextBuildAsync(LivePreview.Deadline);

        _preview.Sample.Edit("summary-compensation.yaml", "salary: 235096", "salary: 241000");
        await events.NextBuildAsync(s => s.GetProperty("generation").GetInt32() == 2, LivePreview.Deadline);
        var changes = JsonDocument.Parse((await RawHttp.GetAsync(_preview.Endpoint, "/_ff/changes?document=proxy-statement")).Body).RootElement;

        var cell = Assert.Single(changes.GetProperty("highlights").EnumerateArray());
        Assert.Equal("241,000", cell.GetProperty("text").GetString());
        Assert.Equal("summary-compensation", cell.GetProperty("table").GetString());
    }

    [Fact]
    public async Task A_typo_d_key_puts_its_diagnostic_in_the_overlay_data_keeps_the_last_good_page_and_the_fix_clears_it()
    {
        using var events = await EventReader.OpenAsync(_preview.Endpoint);
        await events.NextBuildAsync(LivePreview.Deadline);

        _preview.Sample.Edit("summary-compensation.yaml", "salary: 235096", "salry: 235096");
        var failed = await events.NextBuildAsync(s => !s.GetProperty("ok").GetBoolean(), LivePreview.Deadline);
        var state = JsonDocument.Parse((await RawHttp.GetAsync(_preview.Endpoint, "/_ff/state")).Body).RootElement;
        var page = await RawHttp.GetAsync(_preview.Endpoint, "/proxy-statement.html");

        var diagnostic = Assert.Single(state.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("FF1020", diagnostic.GetProperty("id").GetString());
        Assert.Matches(@"summary-compensation\.yaml:\d+:\d+: error FF1020: unknown key `salry`", diagnostic.GetProperty("text").GetString());
        Assert.Equal(failed.GetProperty("diagnostics")[0].GetProperty("text").GetString(), diagnostic.GetProperty("text").GetString());
        Assert.Contains("235,096", page.Body);

        _preview.Sample.Edit("summary-compensation.yaml", "salry: 235096", "salary: 235096");
        var fixedState = await events.NextBuildAsync(s => s.GetProperty("ok").GetBoolean(), LivePreview.Deadline);

        Assert.Empty(fixedState.GetProperty("diagnostics").EnumerateArray());
    }

    [Fact]
    public async Task The_other_formats_are_built_when_asked_for_and_kept_until_the_next_change()
    {
        var build = _preview.Session.State.LastGood!;
        Assert.False(build.Outputs.IsCached("proxy-card.docx"));

        var docx = await RawHttp.GetAsync(_preview.Endpoint, "/proxy-card.docx");
        var edgar = await RawHttp.GetAsync(_preview.Endpoint, "/proxy-card.htm");

        Assert.Equal(200, docx.Status);
        Assert.Contains("Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Head);
        Assert.Equal(200, edgar.Status);
        Assert.True(build.Outputs.IsCached("proxy-card.docx"));
        Assert.False(build.Outputs.IsCached("proxy-card.pdf"));

        using var events = await EventReader.OpenAsync(_preview.Endpoint);
        await events.NextBuildAsync(LivePreview.Deadline);
        _preview.Sample.Edit("summary-compensation.yaml", "salary: 235096", "salary: 241000");
        await events.NextBuildAsync(s => s.GetProperty("generation").GetInt32() == 2, LivePreview.Deadline);

        Assert.False(_preview.Session.State.LastGood!.Outputs.IsCached("proxy-card.docx"));
    }

    [Fact]
    public async Task Only_GET_and_HEAD_are_answered()
    {
        using var client = new HttpClient();
        var response = await client.PostAsync(new Uri(_preview.Server.Address, "/proxy-statement.html"), new StringContent("x"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
