"""What tools/build_cloud_catalog.py knows beyond the CSVs: the providers, how each CSV GPU
spelling maps to the GPU catalog (pools of cards a provider picks from), the 2026 rows left out,
and the billing and start-up rules the CSVs never state, each with its source ("estimate" marks
a guess). Data only; the builder reads it."""

from __future__ import annotations

from dataclasses import dataclass

CSV_2026_NAME = "shared/reference/2026-12/cloud_prices_2026.csv"

PROVIDERS = {  # CSV provider -> (id, display name, file)
    "Runpod": ("runpod", "Runpod"),
    "Vast.ai": ("vast", "Vast.ai"),
    "AWS": ("aws", "AWS"),
    "GCP": ("gcp", "Google Cloud"),
    "Lambda": ("lambda", "Lambda"),
    "RunComfy": ("runcomfy", "RunComfy"),
    "Paperspace": ("paperspace", "Paperspace"),
    "Azure": ("azure", "Microsoft Azure"),
    "Nebius": ("nebius", "Nebius"),
    "Akash": ("akash", "Akash"),
    "OpenRelay": ("openrelay", "OpenRelay"),
    "Verda (formerly DataCrunch)": ("verda", "Verda (formerly DataCrunch)"),
}


@dataclass(frozen=True)
class Gpu:
    """How one CSV GPU spelling maps to the catalog."""

    gpu_id: str  # the card times are computed for (a slower card of a pool)
    pool: tuple[str, ...] = ()  # every card the provider may assign, when it picks
    count: int = 1
    instance: str = ""
    note: str = ""


H100_POOL = ("nvidia-h100-pcie", "nvidia-h100-sxm")
A100_80_POOL = ("nvidia-a100-pcie-80gb", "nvidia-a100-sxm-80gb")
POOL_NOTE = ("The provider assigns any card of the pool; times are computed for gpu_id, a "
             "slower card of it (none is slowest at everything: compute-bound and memory-bound "
             "work rank them differently).")

GCP_GPU_ONLY = ("GCP's N1 prices are most likely the GPU's own price: the VM's vCPUs and memory "
                "are billed on top (not in the CSV).")

# (provider, CSV gpu) -> Gpu. Single-card spellings are also aliases in the GPU catalog; the
# tests check that both agree.
GPUS: dict[tuple[str, str], Gpu] = {
    ("Runpod", "H200 SXM 141GB"): Gpu("nvidia-h200"),
    ("Runpod", "H200 141GB"): Gpu("nvidia-h200"),
    ("Runpod", "H100 SXM 80GB"): Gpu("nvidia-h100-sxm"),
    ("Runpod", "H100 SXM5"): Gpu("nvidia-h100-sxm"),
    ("Runpod", "H100 NVL 94GB"): Gpu("nvidia-h100-nvl"),
    ("Runpod", "H100 PCIe 80GB"): Gpu("nvidia-h100-pcie"),
    ("Runpod", "H100 80GB PCIe"): Gpu("nvidia-h100-pcie"),
    ("Runpod", "H100 80GB"): Gpu("nvidia-h100-pcie", note=(
        "The CSV says only 'H100 80GB'; $2.39 is Runpod's H100 PCIe secure price in the "
        "2025-07-13 list, so PCIe is assumed.")),
    ("Runpod", "H100 (8x node)"): Gpu("nvidia-h100-sxm", count=8, note=(
        "The CSV says 'H100 (8x node)'; an 8-GPU H100 node is an SXM (HGX) board, so SXM is "
        "assumed.")),
    ("Runpod", "A100 SXM 80GB"): Gpu("nvidia-a100-sxm-80gb"),
    ("Runpod", "A100 PCIe 80GB"): Gpu("nvidia-a100-pcie-80gb"),
    ("Runpod", "A100 80GB"): Gpu("nvidia-a100-pcie-80gb", pool=A100_80_POOL, note=(
        "The source says the price varies between SXM and PCIe.")),
    ("Runpod", "L40S 48GB"): Gpu("nvidia-l40s"),
    ("Runpod", "L40 48GB"): Gpu("nvidia-l40"),
    ("Runpod", "RTX 6000 Ada 48GB"): Gpu("nvidia-rtx-6000-ada"),
    ("Runpod", "RTX A6000 48GB"): Gpu("nvidia-rtx-a6000"),
    ("Runpod", "A40 48GB"): Gpu("nvidia-a40"),
    ("Runpod", "RTX 5090 32GB"): Gpu("nvidia-rtx-5090"),
    ("Runpod", "RTX 4090 24GB"): Gpu("nvidia-rtx-4090"),
    ("Runpod", "L4 24GB"): Gpu("nvidia-l4"),
    ("Runpod", "RTX A5000 24GB"): Gpu("nvidia-rtx-a5000"),
    ("Runpod", "RTX 3090 24GB"): Gpu("nvidia-rtx-3090"),
    ("Runpod", "RTX 3090 Ti 24GB"): Gpu("nvidia-rtx-3090-ti"),
    ("Runpod", "RTX A4500 20GB"): Gpu("nvidia-rtx-a4500"),
    ("Runpod", "RTX 4000 Ada 20GB"): Gpu("nvidia-rtx-4000-ada"),
    ("Runpod", "RTX A4000 16GB"): Gpu("nvidia-rtx-a4000"),
    ("Runpod", "RTX 2000 Ada 16GB"): Gpu("nvidia-rtx-2000-ada"),
    ("Runpod", "V100 16GB"): Gpu("nvidia-v100-sxm2-16gb", note=(
        "The CSV says 'V100 16GB'; the SXM2 board is assumed (what clouds rent).")),
    ("Runpod", "RTX 3080 10GB"): Gpu("nvidia-rtx-3080"),
    ("Runpod", "RTX PRO 6000 96GB"): Gpu("nvidia-rtx-pro-6000-blackwell"),
    ("Runpod", "B200 192GB"): Gpu("nvidia-b200"),
    # Serverless worker classes: Runpod assigns any card of the class.
    ("Runpod", "A4000 / A4500 / RTX 4000 (16 GB)"): Gpu(
        "nvidia-rtx-a4000", ("nvidia-rtx-a4000", "nvidia-rtx-a4500", "nvidia-rtx-4000-ada"),
        note=POOL_NOTE),
    ("Runpod", "4090 PRO (24 GB)"): Gpu("nvidia-rtx-4090"),
    ("Runpod", "L4 / A5000 / 3090 (24 GB)"): Gpu(
        "nvidia-l4", ("nvidia-l4", "nvidia-rtx-a5000", "nvidia-rtx-3090"), note=POOL_NOTE),
    ("Runpod", "L40 / L40S / 6000 Ada PRO (48 GB)"): Gpu(
        "nvidia-l40", ("nvidia-l40", "nvidia-l40s", "nvidia-rtx-6000-ada"), note=POOL_NOTE),
    ("Runpod", "A6000 / A40 (48 GB)"): Gpu(
        "nvidia-a40", ("nvidia-a40", "nvidia-rtx-a6000"), note=POOL_NOTE),
    ("Runpod", "H100 PRO (80 GB)"): Gpu("nvidia-h100-pcie", H100_POOL, note=POOL_NOTE),
    ("Runpod", "A100 (80 GB)"): Gpu("nvidia-a100-pcie-80gb", A100_80_POOL, note=POOL_NOTE),
    ("Runpod", "H200 PRO (141 GB)"): Gpu("nvidia-h200"),
    ("Runpod", "B200 (180 GB)"): Gpu("nvidia-b200"),
    ("Vast.ai", "RTX 4090 24GB"): Gpu("nvidia-rtx-4090"),
    ("Vast.ai", "RTX 3090 24GB"): Gpu("nvidia-rtx-3090"),
    ("Vast.ai", "RTX 5090 32GB"): Gpu("nvidia-rtx-5090"),
    ("Vast.ai", "A100 80GB"): Gpu("nvidia-a100-pcie-80gb", A100_80_POOL, note=(
        "Marketplace hosts offer both A100 80GB boards; " + POOL_NOTE)),
    ("Vast.ai", "H100 80GB"): Gpu("nvidia-h100-pcie", H100_POOL, note=(
        "Marketplace hosts offer both H100 80GB boards; " + POOL_NOTE)),
    ("Vast.ai", "H200 140GB"): Gpu("nvidia-h200"),
    ("Vast.ai", "H100 (8x)"): Gpu("nvidia-h100-sxm", count=8, note=(
        "The CSV says 'H100 (8x)'; an 8-GPU H100 machine is an SXM (HGX) board, so SXM is "
        "assumed.")),
    ("AWS", "8x A100 40GB (p4d.24xlarge)"): Gpu("nvidia-a100-sxm-40gb", count=8,
                                                 instance="p4d.24xlarge"),
    ("AWS", "A100 40GB (p4d.24xlarge (8x))"): Gpu("nvidia-a100-sxm-40gb", count=8,
                                                   instance="p4d.24xlarge"),
    ("AWS", "A100 80GB (p4de.24xlarge (8x))"): Gpu("nvidia-a100-sxm-80gb", count=8,
                                                    instance="p4de.24xlarge"),
    ("AWS", "H100 SXM (p5.48xlarge (8x))"): Gpu("nvidia-h100-sxm", count=8,
                                                 instance="p5.48xlarge"),
    ("AWS", "H200 SXM (p5e.48xlarge (8x))"): Gpu("nvidia-h200", count=8, instance="p5e.48xlarge"),
    ("AWS", "V100 16GB (p3.2xlarge)"): Gpu("nvidia-v100-sxm2-16gb", instance="p3.2xlarge"),
    ("AWS", "L4 24GB (g6.xlarge)"): Gpu("nvidia-l4", instance="g6.xlarge"),
    ("AWS", "L40S 48GB (g6e.xlarge)"): Gpu("nvidia-l40s", instance="g6e.xlarge"),
    ("AWS", "A10G 24GB (g5.xlarge)"): Gpu("nvidia-a10g", instance="g5.xlarge"),
    ("AWS", "T4 16GB (g4dn.xlarge)"): Gpu("nvidia-t4", instance="g4dn.xlarge"),
    ("GCP", "H100 SXM (a3-highgpu-8g, per GPU)"): Gpu("nvidia-h100-sxm", count=8,
                                                       instance="a3-highgpu-8g"),
    ("GCP", "A100 80GB (a2-ultragpu-1g)"): Gpu("nvidia-a100-sxm-80gb", instance="a2-ultragpu-1g",
                                                note="A2 machines carry SXM4 A100 boards."),
    ("GCP", "A100 40GB (a2-highgpu-1g)"): Gpu("nvidia-a100-sxm-40gb", instance="a2-highgpu-1g",
                                               note="A2 machines carry SXM4 A100 boards."),
    ("GCP", "L4 24GB (g2-standard-4)"): Gpu("nvidia-l4", instance="g2-standard-4"),
    ("GCP", "L4 24GB"): Gpu("nvidia-l4", note=GCP_GPU_ONLY),
    ("GCP", "V100 16GB (N1 + GPU)"): Gpu("nvidia-v100-sxm2-16gb", instance="N1 + GPU",
                                            note=GCP_GPU_ONLY),
    ("GCP", "V100 16GB"): Gpu("nvidia-v100-sxm2-16gb", note=GCP_GPU_ONLY),
    ("GCP", "T4 16GB (N1 + GPU)"): Gpu("nvidia-t4", instance="N1 + GPU", note=GCP_GPU_ONLY),
    ("GCP", "T4 16GB"): Gpu("nvidia-t4", note=GCP_GPU_ONLY),
    ("Lambda", "H100 SXM (8x node with InfiniBand)"): Gpu("nvidia-h100-sxm", count=8),
    ("Lambda", "H100 (1x)"): Gpu("nvidia-h100-pcie", note=(
        "The CSV says 'H100 (1x)'; Lambda's single-GPU H100 instance is the PCIe board, so "
        "PCIe is assumed.")),
    ("RunComfy", "T4 / A4000 16GB"): Gpu("nvidia-t4", ("nvidia-t4", "nvidia-rtx-a4000"),
                                         note=POOL_NOTE),
    ("RunComfy", "A10G / A5000 24GB"): Gpu("nvidia-a10g", ("nvidia-a10g", "nvidia-rtx-a5000"),
                                           note=POOL_NOTE),
    ("RunComfy", "A6000 48GB"): Gpu("nvidia-rtx-a6000"),
    ("RunComfy", "L40S / L40 48GB"): Gpu("nvidia-l40", ("nvidia-l40", "nvidia-l40s"),
                                         note=POOL_NOTE),
    ("RunComfy", "A100 80GB"): Gpu("nvidia-a100-pcie-80gb", A100_80_POOL, note=POOL_NOTE),
    ("RunComfy", "H100 80GB"): Gpu("nvidia-h100-pcie", H100_POOL, note=POOL_NOTE),
}

# (provider, 2026 CSV gpu) -> (gpu_id, pool, note). The GPU count and instance come from the row's
# offer text ("(8 GPU, $55.04/h)", "(8x instance)", "instance with 208 vCPU").
PRO6000_SERVER = "nvidia-rtx-pro-6000-blackwell-server"
GH200_NOTE = ("A Grace Hopper superchip: the H100-class GPU (96 GB HBM3) sits beside an Arm "
              "(aarch64) CPU, so the tools you run there need Arm Linux builds (PyTorch, "
              "ComfyUI and llama.cpp have them; some extensions and wheels do not).")
PRO6000_POOL = (PRO6000_SERVER, "nvidia-rtx-pro-6000-blackwell")
A100_40_POOL = ("nvidia-a100-pcie-40gb", "nvidia-a100-sxm-40gb")
GPUS_2026: dict[tuple[str, str], tuple[str, tuple[str, ...], str]] = {
    **{("Runpod", k): (v, (), "") for k, v in {
        "H100 SXM": "nvidia-h100-sxm", "H100 PCIe": "nvidia-h100-pcie",
        "H100 NVL": "nvidia-h100-nvl", "H200": "nvidia-h200", "B200": "nvidia-b200",
        "B300": "nvidia-b300", "A100 SXM": "nvidia-a100-sxm-80gb",
        "A100 PCIe": "nvidia-a100-pcie-80gb", "A100 SXM 40GB": "nvidia-a100-sxm-40gb",
        "L40S": "nvidia-l40s", "L40": "nvidia-l40", "RTX 4090": "nvidia-rtx-4090",
        "A40": "nvidia-a40", "RTX PRO 6000": "nvidia-rtx-pro-6000-blackwell",
        "RTX 6000 Ada": "nvidia-rtx-6000-ada", "RTX A6000": "nvidia-rtx-a6000",
        "RTX 5090": "nvidia-rtx-5090", "L4": "nvidia-l4", "RTX 3090": "nvidia-rtx-3090",
        "RTX A5000": "nvidia-rtx-a5000", "4090 PRO": "nvidia-rtx-4090",
        "H200 PRO": "nvidia-h200"}.items()},
    ("Runpod", "A4000 / A4500 / RTX 4000"): (
        "nvidia-rtx-a4000", ("nvidia-rtx-a4000", "nvidia-rtx-a4500", "nvidia-rtx-4000-ada"),
        POOL_NOTE),
    ("Runpod", "L4 / A5000 / 3090"): (
        "nvidia-l4", ("nvidia-l4", "nvidia-rtx-a5000", "nvidia-rtx-3090"), POOL_NOTE),
    ("Runpod", "L40 / L40S / 6000 Ada PRO"): (
        "nvidia-l40", ("nvidia-l40", "nvidia-l40s", "nvidia-rtx-6000-ada"), POOL_NOTE),
    ("Runpod", "A6000 / A40"): ("nvidia-a40", ("nvidia-a40", "nvidia-rtx-a6000"), POOL_NOTE),
    ("Runpod", "H100 PRO"): ("nvidia-h100-pcie", H100_POOL, POOL_NOTE),
    ("Runpod", "A100"): ("nvidia-a100-pcie-80gb", A100_80_POOL, POOL_NOTE),
    ("Runpod", "6000s PRO (RTX PRO 6000 class)"): (PRO6000_SERVER, PRO6000_POOL, (
        "Runpod's '6000s PRO' worker class is an RTX PRO 6000 (96 GB); which edition is not "
        "stated. " + POOL_NOTE)),
    **{("Lambda", k): (v, (), "") for k, v in {
        "A10": "nvidia-a10", "A10 (1x)": "nvidia-a10", "A100 PCIe 40GB": "nvidia-a100-pcie-40gb",
        "A100 SXM 40GB (1x)": "nvidia-a100-sxm-40gb",
        "A100 SXM 40GB (8x instance)": "nvidia-a100-sxm-40gb",
        "A100 SXM 80GB": "nvidia-a100-sxm-80gb", "A100 SXM 80GB (8x instance)":
        "nvidia-a100-sxm-80gb", "B200 SXM6": "nvidia-b200", "B200 SXM6 (1x)": "nvidia-b200",
        "B200 SXM6 (8x instance)": "nvidia-b200", "H100 PCIe": "nvidia-h100-pcie",
        "H100 PCIe (1x)": "nvidia-h100-pcie", "H100 SXM": "nvidia-h100-sxm",
        "H100 SXM (1x instance)": "nvidia-h100-sxm", "H100 SXM (8x instance)": "nvidia-h100-sxm",
        "RTX A6000": "nvidia-rtx-a6000"}.items()},
    **{("Lambda", k): ("nvidia-gh200-96gb", (), GH200_NOTE) for k in ("GH200", "GH200 (1x)")},
    ("Vast.ai", "A100 SXM"): ("nvidia-a100-sxm-80gb", (), ""),
    ("Vast.ai", "H100 SXM"): ("nvidia-h100-sxm", (), ""),
    ("Vast.ai", "H100"): ("nvidia-h100-pcie", H100_POOL, "Marketplace hosts offer both H100 80GB "
                          "boards; " + POOL_NOTE),
    ("Vast.ai", "H200"): ("nvidia-h200", (), ""),
    ("Vast.ai", "RTX 5090"): ("nvidia-rtx-5090", (), ""),
    ("AWS", "A100 SXM 40GB"): ("nvidia-a100-sxm-40gb", (), ""),
    ("AWS", "A100 SXM 80GB"): ("nvidia-a100-sxm-80gb", (), ""),
    ("AWS", "H100 SXM"): ("nvidia-h100-sxm", (), ""),
    ("Azure", "A100 PCIe 80GB"): ("nvidia-a100-pcie-80gb", (), ""),
    ("Azure", "A100 SXM 40GB"): ("nvidia-a100-sxm-40gb", (), ""),
    ("Azure", "H100 NVL"): ("nvidia-h100-nvl", (), ""),
    ("Azure", "H100 SXM"): ("nvidia-h100-sxm", (), ""),
    ("GCP", "H100 80GB"): ("nvidia-h100-sxm", (), "A3 machines carry SXM H100 boards."),
    ("Nebius", "H100"): ("nvidia-h100-sxm", (), "An HGX H100 board is SXM."),
    ("Nebius", "H200"): ("nvidia-h200", (), ""),
    ("Nebius", "B200"): ("nvidia-b200", (), ""),
    ("Nebius", "L40S"): ("nvidia-l40s", (), ""),
    ("Akash", "A100 SXM4 80GB"): ("nvidia-a100-sxm-80gb", (), ""),
    ("Akash", "B200"): ("nvidia-b200", (), ""),
    ("Akash", "B300 SXM6"): ("nvidia-b300", (), ""),
    ("Akash", "H100 SXM5"): ("nvidia-h100-sxm", (), ""),
    ("Akash", "H200 SXM5"): ("nvidia-h200", (), ""),
    ("Akash", "RTX PRO 6000 Server Edition"): (PRO6000_SERVER, (), ""),
    ("Akash", "RTX PRO 6000 Workstation Edition"): ("nvidia-rtx-pro-6000-blackwell", (), ""),
    ("OpenRelay", "A100 40GB"): ("nvidia-a100-pcie-40gb", A100_40_POOL, POOL_NOTE),
    ("OpenRelay", "H100 SXM"): ("nvidia-h100-sxm", (), ""),
    ("OpenRelay", "RTX 3090"): ("nvidia-rtx-3090", (), ""),
    ("OpenRelay", "RTX 4090"): ("nvidia-rtx-4090", (), ""),
    ("Verda (formerly DataCrunch)", "L40S"): ("nvidia-l40s", (), ""),
    ("Verda (formerly DataCrunch)", "RTX A6000"): ("nvidia-rtx-a6000", (), ""),
}
# 2026 rows left out, and why (printed when the tool runs).
SKIPPED_2026: dict[tuple[str, str], str] = {}


# Where a CSV row has no billing column, or for what the CSV never says (minimums, start
# times, idle billing), these rules apply. (granularity_s, minimum_s, source).
RUNPOD_DOCS = "https://github.com/runpod/docs/blob/a900806e253c4f8c16da27d1a4370e72456da4cb"
RUNPOD_POD_BILLING_SOURCE = (
    f"{RUNPOD_DOCS}/pods/pricing.mdx (changed 2026-07-20): \"Pods are billed by the second for "
    "compute and storage, with no fees for data ingress or egress\"; the current rule applies to "
    "every Runpod pod price, whatever the price's date. No minimum beyond one second.")
# Runpod: "You must have at least one hour's worth of credits for your selected configuration to
# deploy an on-demand instance." A balance to hold, not a charge.
RUNPOD_MIN_BALANCE_S = 3600.0
RUNPOD_MIN_BALANCE_SOURCE = (
    f"{RUNPOD_DOCS}/pods/pricing.mdx (changed 2026-07-20): \"You must have at least one hour's "
    "worth of credits for your selected configuration to deploy an on-demand instance\" (a "
    "balance to hold, not billed)")
BILLING: dict[str, tuple[float, float, str]] = {
    "runpod-pod": (1.0, 1.0, RUNPOD_POD_BILLING_SOURCE),
    "runpod-serverless": (1.0, 1.0, f"{RUNPOD_DOCS}/snippets/serverless-gpu-pricing-table.mdx "
                          "(changed 2026-06-08): \"billed from when a worker starts until it "
                          "fully stops, rounded up to the nearest second\""),
    "runpod-active": (1.0, 1.0, "docs.runpod.io/serverless/pricing: per second; active workers "
                      "run always-on (24/7)"),
    "vast": (1.0, 1.0, "estimate: Vast.ai bills running instances per second (its billing "
             "documentation as recalled; not in the CSV)"),
    "aws": (1.0, 60.0, "AWS EC2 on-demand Linux: per-second billing with a 60-second minimum "
            "(aws.amazon.com/ec2/pricing/on-demand; not in the CSV)"),
    "gcp": (1.0, 60.0, "Google Compute Engine: per-second billing with a 1-minute minimum "
            "(cloud.google.com/compute/vm-instance-pricing; not in the CSV)"),
    "lambda": (1.0, 1.0, "per second, as the CSV's source table says"),
    "lambda-reserved": (3600.0, 7 * 86400.0, "estimate: a reservation is paid for its whole "
                        "term whether used or not; one week assumed as the shortest term "
                        "(not in the CSV)"),
    "runcomfy": (60.0, 60.0, "estimate: the CSV does not state RunComfy's billing step; per "
                 "minute assumed"),
    "azure": (60.0, 60.0, "estimate: Azure virtual machines are billed per minute (Azure's "
              "pricing pages, as recalled; not in the CSVs)"),
    "nebius": (60.0, 60.0, "estimate: the CSVs do not state Nebius's billing step; per minute "
               "assumed"),
    "akash": (60.0, 60.0, "estimate: the CSVs do not state Akash's billing step; per minute "
              "assumed"),
    "openrelay": (1.0, 1.0, "per second, as the row's source notes"),
    "verda": (60.0, 60.0, "estimate: the CSVs do not state Verda's billing step; per minute "
              "assumed"),
}

# Typical time from "start" to a usable machine, all estimates: no source in the CSV measures it.
START: dict[str, tuple[float, str]] = {
    "runpod-pod": (120.0, "estimate: about 1-2 minutes for a pod with a cached template image; "
                   "a large custom image or model download adds more"),
    "runpod-serverless": (30.0, "estimate: cold start of a worker that loads a diffusion-size "
                          "model, tens of seconds (billed, per the pricing page)"),
    "runpod-active": (0.0, "an active worker is always running: no start per job"),
    "vast": (180.0, "estimate: 2-3 minutes; the host pulls the image first"),
    "aws": (120.0, "estimate: about 2 minutes to boot a GPU instance from a ready image"),
    "gcp": (120.0, "estimate: about 2 minutes to boot a GPU instance from a ready image"),
    "lambda": (300.0, "estimate: a few minutes to boot an on-demand instance"),
    "lambda-reserved": (0.0, "a reserved node is already running: no start per job"),
    "runcomfy": (120.0, "estimate: about 2 minutes to bring up a managed ComfyUI machine"),
    "azure": (120.0, "estimate: about 2 minutes to boot a GPU instance from a ready image"),
    "nebius": (120.0, "estimate: about 2 minutes to boot a GPU instance from a ready image"),
    "akash": (300.0, "estimate: a few minutes for a marketplace provider to take the "
              "deployment and pull the image"),
    "openrelay": (180.0, "estimate: 2-3 minutes; the host pulls the image first"),
    "verda": (120.0, "estimate: about 2 minutes to boot a GPU instance from a ready image"),
}

# Runpod serverless flex workers stay up (and billed) for the endpoint's idle timeout.
SERVERLESS_IDLE_S = 5.0
SERVERLESS_IDLE_SOURCE = ("Runpod serverless endpoint setting 'idle timeout', default 5 s "
                          "(shared/reference/2026-12/README, quoting runpod/docs at a900806, "
                          "2026-08-20)")

SOURCE_TAGS = (  # (prefix of the CSV source, tag for secondary sources, is_primary)
    ("carsonpo/gpus", "", True),
    ("https://docs.runpod.io", "", True),
    ("https://docs.runcomfy.com", "", True),
    ("https://deploybase.ai", "deploybase-2026-03", False),
    ("https://www.spheron.network", "spheron-2026-05", False),
    ("kixago/gpuflow-blog", "kixago-2025-02", False),
    ("https://techplained", "techplained-2026-04", False),
    ("https://computespec", "computespec", False),
)
