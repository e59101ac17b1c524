using FilingForge.Computation;
using FilingForge.Diagnostics;
using FilingForge.Model;
using static FilingForge.Tests.Checks.SampleModel;

namespace FilingForge.Tests.Checks;

public sealed class FormRuleCheckTests
{
}
