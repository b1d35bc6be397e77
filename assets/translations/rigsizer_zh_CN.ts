<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>BreakevenPlot</name>
    <message>
      <location filename="../../app/gui/plots/breakeven_plot.py" line="151" />
      <source>Electricity price per kWh (%1)</source>
      <translation>每千瓦时电价（%1）</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/breakeven_plot.py" line="152" />
      <source>Electricity price per kWh</source>
      <translation>每千瓦时电价</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/breakeven_plot.py" line="153" />
      <source>Hours of GPU work per week</source>
      <translation>每周 GPU 工作小时数</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/breakeven_plot.py" line="154" />
      <source>months until buying pays off</source>
      <translation>买卡回本所需月数</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/breakeven_plot.py" line="169" />
      <source>No break-even map for this work: it needs a card to buy and a rental plan that both meet your limits.</source>
      <translation>这些任务没有回本图：需要一张可买的显卡和一个租用方案，且两者都满足你的要求。</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/breakeven_plot.py" line="206" />
      <source>never</source>
      <translation>永不</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/breakeven_plot.py" line="207" />
      <source>%1 h/week at %2 %3/kWh
buying pays off after: %4</source>
      <translation>每周 %1 小时，电价 %2 %3/千瓦时
购买回本时间：%4</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/breakeven_plot.py" line="212" />
      <source>You: %1 h/week at %2 %3/kWh</source>
      <translation>你：每周 %1 小时，电价 %2 %3/千瓦时</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/breakeven_plot.py" line="216" />
      <source>Months until %1 beats %2</source>
      <translation>%1 比 %2 更划算所需的月数</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/breakeven_plot.py" line="225" />
      <source>grey: never pays off within %1 years</source>
      <translation>灰色：%1 年内都不回本</translation>
    </message>
  </context>
  <context>
    <name>CostPlot</name>
    <message>
      <location filename="../../app/gui/plots/cost_plot.py" line="81" />
      <source>Months from now</source>
      <translation>从现在起的月数</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/cost_plot.py" line="85" />
      <source>Spent so far, net of resale (%1)</source>
      <translation>累计支出，扣除转售（%1）</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/cost_plot.py" line="86" />
      <source>Spent so far, net of resale</source>
      <translation>累计支出，扣除转售</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/cost_plot.py" line="121" />
      <source>%1
month %2: %3</source>
      <translation>%1
第 %2 个月：%3</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/cost_plot.py" line="147" />
      <source>%1 breaks even with renting after %2</source>
      <translation>%1 在 %2 后与租用持平</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/cost_plot.py" line="156" />
      <source>break-even</source>
      <translation>回本点</translation>
    </message>
  </context>
  <context>
    <name>Format</name>
    <message>
      <location filename="../../app/gui/format.py" line="103" />
      <source>Enter the number without underscores</source>
      <translation>请输入不带下划线的数字</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="106" />
      <source>Use a point for decimals (1.5); a comma may only group thousands (1,500)</source>
      <translation>小数请用小数点（1.5）；逗号只能用于千位分隔（1,500）</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="112" />
      <source>Enter a number</source>
      <translation>请输入数字</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="123" />
      <source>Must be at least %1</source>
      <translation>不能小于 %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="125" />
      <source>Must not be negative</source>
      <translation>不能为负数</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="127" />
      <source>Must be above 0</source>
      <translation>必须大于 0</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="131" />
      <source>Must be at most %1</source>
      <translation>不能超过 %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="141" />
      <source>%1 ms</source>
      <translation>%1 毫秒</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="143" />
      <source>%1 s</source>
      <translation>%1 秒</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="145" />
      <source>%1 min</source>
      <translation>%1 分钟</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="147" />
      <source>%1 h</source>
      <translation>%1 小时</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="148" />
      <source>%1 days</source>
      <translation>%1 天</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="154" />
      <source>%1 GiB</source>
      <translation>%1 GiB</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="160" />
      <source>never</source>
      <translation>永不</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="161" />
      <source>%1 months</source>
      <translation>%1 个月</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="190" />
      <source>%1 to %2</source>
      <translation>%1 至 %2</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="203" />
      <source>%1 prices dated %2</source>
      <translation>%1 价格日期 %2</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="205" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="210" />
      <source>%1 (as of %2)</source>
      <translation>%1（截至 %2）</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="220" />
      <source>entered by hand</source>
      <translation>手动输入</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="220" />
      <source>Windows registry</source>
      <translation>Windows 注册表</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="221" />
      <source>PCI id</source>
      <translation>PCI ID</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="246" />
      <source>1 day</source>
      <translation>1 天</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="247" />
      <source>1 hour</source>
      <translation>1 小时</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="247" />
      <source>%1 hours</source>
      <translation>%1 小时</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="248" />
      <source>1 minute</source>
      <translation>1 分钟</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="248" />
      <source>%1 minutes</source>
      <translation>%1 分钟</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="252" />
      <source>less than a minute</source>
      <translation>不到一分钟</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="266" />
      <source>%1: refreshed %2 (%3 ago)</source>
      <translation>%1：%2 已刷新（%3前）</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="270" />
      <source>%1: shipped snapshot, prices dated %2 (newest %3 old)</source>
      <translation>%1：随附的价格快照，价格日期 %2（最新的已过 %3）</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="275" />
      <source>; %1 of %2 older than 90 days: refresh to check them</source>
      <translation>；其中 %1/%2 个超过 90 天：请刷新核对</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="291" />
      <source>Cloud prices dated %1</source>
      <translation>云端价格日期 %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="292" />
      <source>%1 prices refreshed %2 ago</source>
      <translation>%1 价格已于 %2前刷新</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="297" />
      <source>others as of %1</source>
      <translation>其他截至 %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="311" />
      <source>Could not save %1: %2</source>
      <translation>无法保存 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="311" />
      <source>Could not open %1: %2</source>
      <translation>无法打开 %1：%2</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="321" />
      <source>permission denied</source>
      <translation>没有权限</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="322" />
      <source>the folder does not exist</source>
      <translation>文件夹不存在</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="323" />
      <source>no space left on the disk</source>
      <translation>磁盘空间不足</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="324" />
      <source>the disk is read-only</source>
      <translation>磁盘是只读的</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="324" />
      <source>it is a folder</source>
      <translation>这是一个文件夹</translation>
    </message>
  </context>
  <context>
    <name>MachinePage</name>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="112" />
      <source>unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="126" />
      <source>%1 cores, %2 threads</source>
      <translation>%1 核 %2 线程</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="136" />
      <source>not in the catalog</source>
      <translation>不在目录中</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="138" />
      <source> (best guess)</source>
      <translation>（最佳猜测）</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="143" />
      <source>Found by: %1</source>
      <translation>检测来源：%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="153" />
      <source>No graphics card was found. If this PC has one, choose it below.</source>
      <translation>没有找到显卡。如果这台电脑有显卡，请在下面选择。</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="155" />
      <source>No GPU was found. Set yours by hand below.</source>
      <translation>未找到 GPU。请在下方手动设置。</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="157" />
      <source>Edited by hand.</source>
      <translation>已手动修改。</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="159" />
      <source>What the checks said: %1</source>
      <translation>检测结果：%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="193" />
      <source>Enter your RAM in GiB</source>
      <translation>请输入内存大小（GiB）</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="195" />
      <source>Must be above 0</source>
      <translation>必须大于 0</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="197" />
      <source>Must be at least %1</source>
      <translation>不能小于 %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="199" />
      <source>Must be at most %1</source>
      <translation>不能超过 %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="215" />
      <source>Diagnostics copied to the clipboard</source>
      <translation>诊断信息已复制到剪贴板</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/machine.py" line="226" />
      <source>Choose a GPU from the list</source>
      <translation>请从列表中选择一块 GPU</translation>
    </message>
  </context>
  <context>
    <name>MachineView</name>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="109" />
      <source>My machine</source>
      <translation>我的电脑</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="110" />
      <source>RigSizer looked for your GPUs, CPU and memory. The Keep plan and every comparison start from this machine.</source>
      <translation>RigSizer 已检测你的 GPU、CPU 和内存。“保留”方案和所有对比都以这台电脑为起点。</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="113" />
      <source>What RigSizer found</source>
      <translation>RigSizer 检测到的硬件</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="114" />
      <source>Detecting…</source>
      <translation>正在检测…</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="115" />
      <source>Detect again</source>
      <translation>重新检测</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="116" />
      <source>Run hardware detection again</source>
      <translation>再次运行硬件检测</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="117" />
      <source>Copy diagnostics</source>
      <translation>复制诊断信息</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="118" />
      <source>Copy what every detection probe saw to the clipboard, for a bug report</source>
      <translation>将每个检测探针的结果复制到剪贴板，用于提交问题报告</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="120" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="121" />
      <source>Memory</source>
      <translation>内存</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="122" />
      <source>System</source>
      <translation>系统</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="124" />
      <source>GPU</source>
      <translation>GPU</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="124" />
      <source>VRAM</source>
      <translation>显存</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="124" />
      <source>Driver</source>
      <translation>驱动</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="124" />
      <source>Matched to</source>
      <translation>匹配型号</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="125" />
      <source>How it matched</source>
      <translation>匹配方式</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="126" />
      <source>Is this wrong? Set your GPU by hand</source>
      <translation>检测有误？手动设置 GPU</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="127" />
      <source>Pick a card from the catalog to replace the first GPU found, or add another one (for a second card, or for a GPU detection cannot see).</source>
      <translation>从目录中选择一块显卡替换检测到的第一块 GPU，或再添加一块（用于第二块显卡，或检测不到的 GPU）。</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="130" />
      <source>Type to search the GPU catalog</source>
      <translation>输入以搜索 GPU 目录</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="133" />
      <source>Search the GPU catalog…</source>
      <translation>搜索 GPU 目录…</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="134" />
      <source>Use this GPU</source>
      <translation>使用这块 GPU</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="135" />
      <source>Replace the detected GPU with this one</source>
      <translation>用这块 GPU 替换检测到的 GPU</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="136" />
      <source>Add as another GPU</source>
      <translation>添加为另一块 GPU</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="137" />
      <source>Keep the GPUs found and add this one</source>
      <translation>保留已检测到的 GPU，并添加这一块</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="138" />
      <source>Remove selected GPU</source>
      <translation>移除所选 GPU</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="139" />
      <source>Leave the selected GPU out of the plans (for example a card you are selling)</source>
      <translation>规划时不考虑所选 GPU（例如准备出售的显卡）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="141" />
      <source>System memory (GiB)</source>
      <translation>系统内存（GiB）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="142" />
      <source>Your PC's RAM in GiB. Models that do not fit in VRAM spill into it; on a Mac it is also the GPU's memory</source>
      <translation>电脑内存（GiB）。显存放不下的模型会溢出到内存；在 Mac 上它也是 GPU 的显存</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/machine_view.py" line="146" />
      <source>e.g. 32</source>
      <translation>例如 32</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../app/gui/main_window.py" line="72" />
      <source>Could not autosave: %1</source>
      <translation>无法自动保存：%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="76" />
      <source>%1 The setting applies until RigSizer closes.</source>
      <translation>%1该设置在关闭 RigSizer 之前有效。</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="258" />
      <source>Updating results…</source>
      <translation>正在更新结果…</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="276" />
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="276" />
      <source>My machine</source>
      <translation>我的电脑</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="276" />
      <source>My work</source>
      <translation>我的任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="276" />
      <source>Results</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="277" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="278" />
      <source>Choose what kind of creator you are</source>
      <translation>选择你的创作者类型</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="279" />
      <source>The GPU, CPU and memory RigSizer found, and how to correct them</source>
      <translation>RigSizer 检测到的 GPU、CPU 和内存，以及如何更正</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="280" />
      <source>The jobs you plan to run each week</source>
      <translation>你每周计划运行的任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="281" />
      <source>Keep, buy or rent: the recommendation and its numbers</source>
      <translation>保留、购买还是租用：推荐及其数据</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="282" />
      <source>Region, currency, budget, providers, theme and language</source>
      <translation>地区、货币、预算、云服务商、主题和语言</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="288" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="289" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="290" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="291" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="292" />
      <source>&amp;New project…</source>
      <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="293" />
      <source>&amp;Open…</source>
      <translation>打开(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="294" />
      <source>&amp;Save</source>
      <translation>保存(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="295" />
      <source>Save &amp;as…</source>
      <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="296" />
      <source>Open &amp;recent</source>
      <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="297" />
      <source>&amp;Export report</source>
      <translation>导出报告(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="298" />
      <source>PDF report…</source>
      <translation>PDF 报告…</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="299" />
      <source>HTML report…</source>
      <translation>HTML 报告…</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="300" />
      <source>Plans as CSV…</source>
      <translation>方案表格 CSV…</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="301" />
      <source>Everything as JSON…</source>
      <translation>全部数据 JSON…</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="302" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="303" />
      <source>Refresh cloud &amp;prices…</source>
      <translation>刷新云端价格(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="304" />
      <source>Fetch current Runpod GPU prices with your Runpod API key</source>
      <translation>使用你的 Runpod API 密钥获取当前 Runpod GPU 价格</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="306" />
      <source>&amp;About RigSizer</source>
      <translation>关于 RigSizer(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="308" />
      <source>Preparing the estimator (first start compiles, the window is usable meanwhile)…</source>
      <translation>正在准备估算器（首次启动需要编译，期间窗口可正常使用）…</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="362" />
      <source>Preliminary results (%1 samples) in %2 ms, refining…</source>
      <translation>初步结果（%1 个样本）用时 %2 毫秒，正在细化…</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="366" />
      <source>Results updated in %1 ms</source>
      <translation>结果已更新，用时 %1 毫秒</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="374" />
      <source>&amp;Undo %1</source>
      <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="375" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="378" />
      <source>&amp;Redo %1</source>
      <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="379" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="383" />
      <source>Could not plan: %1</source>
      <translation>无法生成方案：%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="442" />
      <source>No shipped profile for this creator type.</source>
      <translation>此创作者类型没有内置配置。</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="454" />
      <source>About RigSizer</source>
      <translation>关于 RigSizer</translation>
    </message>
    <message>
      <location filename="../../app/gui/main_window.py" line="454" />
      <source>RigSizer %1: keep your GPU, buy one, or rent cloud GPUs, sized for your own work.</source>
      <translation>RigSizer %1：根据你自己的任务，决定保留现有 GPU、购买新卡，还是租用云 GPU。</translation>
    </message>
    <message>
      <location filename="../../app/gui/price_refresh.py" line="65" />
      <source>It will be kept in the system keyring.</source>
      <translation>密钥将保存在系统密钥环中。</translation>
    </message>
    <message>
      <location filename="../../app/gui/price_refresh.py" line="66" />
      <source>This computer has no system keyring: the key is kept in memory until RigSizer closes, never in a file.</source>
      <translation>这台电脑没有系统密钥环：密钥只保存在内存中，直到 RigSizer 关闭，绝不写入文件。</translation>
    </message>
    <message>
      <location filename="../../app/gui/price_refresh.py" line="69" />
      <source>Runpod API key</source>
      <translation>Runpod API 密钥</translation>
    </message>
    <message>
      <location filename="../../app/gui/price_refresh.py" line="70" />
      <source>RigSizer reads current GPU prices with your Runpod API key (runpod.io → Settings → API Keys; read access is enough). %1</source>
      <translation>RigSizer 使用你的 Runpod API 密钥读取当前 GPU 价格（runpod.io → Settings → API Keys；只读权限即可）。%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/price_refresh.py" line="109" />
      <source>Fetching current cloud prices…</source>
      <translation>正在获取当前云端价格…</translation>
    </message>
    <message>
      <location filename="../../app/gui/price_refresh.py" line="120" />
      <source>The key is saved in the system keyring.</source>
      <translation>密钥已保存在系统密钥环中。</translation>
    </message>
    <message>
      <location filename="../../app/gui/price_refresh.py" line="122" />
      <source>No system keyring: the key is kept for this session only.</source>
      <translation>没有系统密钥环：密钥仅在本次运行中保留。</translation>
    </message>
    <message>
      <location filename="../../app/gui/price_refresh.py" line="124" />
      <source>Prices refreshed: %1</source>
      <translation>价格已刷新：%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/price_refresh.py" line="133" />
      <source>%1 The previous prices are kept.</source>
      <translation>%1仍使用之前的价格。</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="57" />
      <source>Recover unsaved work</source>
      <translation>恢复未保存的工作</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="58" />
      <source>the project %1</source>
      <translation>项目 %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="59" />
      <source>a new project</source>
      <translation>一个新项目</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="60" />
      <source>RigSizer closed without saving %1 (autosaved %2). Restore it?</source>
      <translation>RigSizer 上次关闭时未保存%1（自动保存于 %2）。要恢复吗？</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="79" />
      <source>RigSizer closed without saving, but the autosaved copy cannot be read: %1. It was kept as %2.</source>
      <translation>RigSizer 上次未保存就关闭了，但自动保存的副本无法读取：%1。它已保留为 %2。</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="89" />
      <source>Unsaved changes</source>
      <translation>未保存的更改</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="90" />
      <source>Save the changes to this project first?</source>
      <translation>是否先保存对此项目的更改？</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="104" />
      <source>Open project</source>
      <translation>打开项目</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="105" />
      <source>RigSizer projects (*.toml)</source>
      <translation>RigSizer 项目 (*.toml)</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="117" />
      <source>Cannot open project</source>
      <translation>无法打开项目</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="134" />
      <source>Save project</source>
      <translation>保存项目</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="150" />
      <source>Cannot save project</source>
      <translation>无法保存项目</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="156" />
      <source>Saved %1</source>
      <translation>已保存 %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/project_files.py" line="170" />
      <source>No recent projects</source>
      <translation>没有最近的项目</translation>
    </message>
  </context>
  <context>
    <name>Measurements</name>
    <message>
      <location filename="../../app/gui/measurements.py" line="65" />
      <source>it/s</source>
      <translation>it/s</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="65" />
      <source>tokens/s</source>
      <translation>token/秒</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="65" />
      <source>s</source>
      <translation>秒</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="66" />
      <source>samples/min</source>
      <translation>样本/分钟</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="73" />
      <source>Blender render</source>
      <translation>Blender 渲染</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="81" />
      <source>batch %1</source>
      <translation>批量 %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="83" />
      <source>sampling loop</source>
      <translation>采样循环</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="85" />
      <source>whole job</source>
      <translation>整个任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="89" />
      <source>on a rented server</source>
      <translation>在租用的服务器上</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="142" />
      <source>Blender render time</source>
      <translation>Blender 渲染时间</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="143" />
      <source>Blender Benchmark launcher JSON</source>
      <translation>Blender Benchmark 启动器 JSON</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="144" />
      <source>ComfyUI “Prompt executed in”</source>
      <translation>ComfyUI “Prompt executed in”</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="145" />
      <source>llama.cpp timings</source>
      <translation>llama.cpp 计时行</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="146" />
      <source>%1 progress bar</source>
      <translation>%1 进度条</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="149" />
      <source>%1 (median of %2)</source>
      <translation>%1（%2 次的中位数）</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="150" />
      <source>%1 (edited)</source>
      <translation>%1（已修改）</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="256" />
      <source>My measurements</source>
      <translation>我的实测</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="257" />
      <source>Paste what a tool printed: a ComfyUI, A1111 or Forge progress bar, Ollama's eval rate, a llama-bench table, a Blender render time or Blender Benchmark JSON. Your own speed makes the estimates for this card, and in part for other cards, better.</source>
      <translation>粘贴工具输出的内容：ComfyUI、A1111 或 Forge 的进度条、Ollama 的 eval rate、llama-bench 表格、Blender 渲染时间或 Blender Benchmark JSON。你自己测得的速度会让这张显卡的估算更准，也会部分改进其他显卡的估算。</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="261" />
      <source>e.g. 100%|##########| 20/20 [00:13&lt;00:00,  1.50it/s]</source>
      <translation>例如 100%|##########| 20/20 [00:13&lt;00:00,  1.50it/s]</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="263" />
      <source>Add to my measurements</source>
      <translation>加入我的实测</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="264" />
      <source>Delete selected</source>
      <translation>删除所选</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="265" />
      <source>GPU</source>
      <translation>GPU</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="265" />
      <source>Work</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="265" />
      <source>Speed</source>
      <translation>速度</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="265" />
      <source>Source</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="266" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="268" />
      <source>Model: as the text says</source>
      <translation>模型：按文本所述</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="270" />
      <source>GPU: as the text says, else this PC's</source>
      <translation>GPU：以文本为准，否则为本机的</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="271" />
      <source>The card that ran (a rented one, say): it replaces any card the pasted text names</source>
      <translation>运行所用的显卡（例如租用的那张）：它会取代粘贴文本中写明的显卡</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="273" />
      <source>The model that ran, when the pasted text does not say it</source>
      <translation>粘贴的文本未说明时，所运行的模型</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="275" />
      <source>On a rented server</source>
      <translation>在租用的服务器上</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="276" />
      <source>Tick when this ran on a rented cloud pod: it is then compared with that card on a server, and moves the estimates for renting it more than those for owning one</source>
      <translation>若这是在租用的云端实例上运行的，请勾选：它会与该显卡在服务器上的表现比较，对租用该卡的估计影响大于对购买该卡的估计</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="341" />
      <source>Found: %1</source>
      <translation>识别到：%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="341" />
      <source>; </source>
      <translation>；</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="342" />
      <source>%1 on %2: %3</source>
      <translation>%2 上的 %1：%3</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="347" />
      <source>Nothing to add yet.</source>
      <translation>暂无可添加的内容。</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="358" />
      <source>Add measurements</source>
      <translation>添加实测</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="400" />
      <source>Double-click to correct the value (%1)</source>
      <translation>双击修改数值（%1）</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="418" />
      <source>Delete measurements</source>
      <translation>删除实测</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="445" />
      <source>Edit measurement</source>
      <translation>修改实测</translation>
    </message>
    <message>
      <location filename="../../app/gui/measurements.py" line="452" />
      <source>Not accepted: “%1”. The speed must be a number from %4 to %2 %3.</source>
      <translation>未接受：“%1”。速度必须是 %4 到 %2 %3之间的数字。</translation>
    </message>
  </context>
  <context>
    <name>OwnData</name>
    <message>
      <location filename="../../app/gui/own_data.py" line="98" />
      <source>No dated price in the catalog: enter what you would pay for the whole computer to plan buying it.</source>
      <translation>目录中没有带日期的价格：填写你愿意为整台电脑支付的价格，才能规划购买。</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="101" />
      <source>No dated price in the catalog: enter what you would pay to plan buying it.</source>
      <translation>目录中没有带日期的价格：填写你愿意支付的价格，才能规划购买。</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="102" />
      <source>new</source>
      <translation>全新</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="102" />
      <source>used</source>
      <translation>二手</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="102" />
      <source>whole computer</source>
      <translation>整机</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="103" />
      <source>launch price</source>
      <translation>首发价</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="104" />
      <source>Catalog: %1 %2, as of %3</source>
      <translation>目录：%1 %2，截至 %3</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="114" />
      <source>Describe a model</source>
      <translation>描述一个模型</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="124" />
      <source>%1 (%2)</source>
      <translation>%1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="127" />
      <source>Short name (id)</source>
      <translation>简称（id）</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="128" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="129" />
      <source>Architecture like</source>
      <translation>架构类似于</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="132" />
      <source>Parameters (billions)</source>
      <translation>参数量（十亿）</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="133" />
      <source>Active parameters (billions, mixture of experts)</source>
      <translation>激活参数量（十亿，混合专家模型）</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="134" />
      <source>Width (pixels)</source>
      <translation>宽度（像素）</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="135" />
      <source>Height (pixels)</source>
      <translation>高度（像素）</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="136" />
      <source>Frames (video)</source>
      <translation>帧数（视频）</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="136" />
      <source>Steps</source>
      <translation>步数</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="141" />
      <source>Uses guidance (CFG): two passes per step</source>
      <translation>使用引导（CFG）：每步两次计算</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="173" />
      <source>%1: %2</source>
      <translation>%1：%2</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="200" />
      <source>You already have a model with this short name.</source>
      <translation>你已经有一个同样简称的模型。</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="203" />
      <source>this model</source>
      <translation>此模型</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="306" />
      <source>Your own figures</source>
      <translation>你自己的数据</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="307" />
      <source>They replace the catalog's for this project and are saved in the project file.</source>
      <translation>它们在本项目中替代目录中的数据，并保存在项目文件中。</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="309" />
      <source>Electricity price per kWh</source>
      <translation>每千瓦时电价</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="310" />
      <source>the region's tariff</source>
      <translation>地区电价</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="312" />
      <source>Set</source>
      <translation>设定</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="313" />
      <source>Remove price</source>
      <translation>删除价格</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="314" />
      <source>Your models</source>
      <translation>你的模型</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="315" />
      <source>Describe a model…</source>
      <translation>描述一个模型…</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="316" />
      <source>Remove model</source>
      <translation>删除模型</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="351" />
      <source>%1/kWh</source>
      <translation>%1/千瓦时</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="353" />
      <source>In %1; empty = the region's tariff</source>
      <translation>单位 %1；留空 = 地区电价</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="357" />
      <source>%1: %2 (yours)</source>
      <translation>%1：%2（你的价格）</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="388" />
      <source>What you would pay for a card (%1)</source>
      <translation>你愿意为显卡支付的价格（%1）</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="402" />
      <source>Your price, %1, is the one the plans weigh.</source>
      <translation>方案按你填的价格 %1 计算。</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="415" />
      <source>Change your own figures</source>
      <translation>修改你自己的数据</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="451" />
      <source>Enter a price above 0 in %1</source>
      <translation>请输入大于 0 的价格（%1）</translation>
    </message>
    <message>
      <location filename="../../app/gui/own_data.py" line="484" />
      <source>A workload uses this model: give it another model first.</source>
      <translation>有工作负载在使用此模型：请先为它换一个模型。</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <location filename="../../app/gui/i18n.py" line="78" />
      <source>Drive</source>
      <translation>驱动器</translation>
    </message>
    <message>
      <location filename="../../app/gui/i18n.py" line="79" />
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <location filename="../../app/gui/i18n.py" line="80" />
      <source>File Folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <location filename="../../app/gui/i18n.py" line="81" />
      <source>Alias</source>
      <translation>别名</translation>
    </message>
    <message>
      <location filename="../../app/gui/i18n.py" line="82" />
      <source>Shortcut</source>
      <translation>快捷方式</translation>
    </message>
    <message>
      <location filename="../../app/gui/i18n.py" line="83" />
      <source>Unknown</source>
      <translation>未知</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../app/gui/i18n.py" line="76" />
      <source>&amp;Look in:</source>
      <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../app/gui/i18n.py" line="77" />
      <source>Files of &amp;type:</source>
      <translation>文件类型(&amp;T)：</translation>
    </message>
  </context>
  <context>
    <name>Report</name>
    <message>
      <location filename="../../app/gui/export.py" line="73" />
      <source>… and %1 more: every plan is in the CSV and JSON exports.</source>
      <translation>……另有 %1 个方案未列出，完整列表见 CSV 和 JSON 导出。</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="119" />
      <source>RigSizer's estimates, fitted to published benchmarks</source>
      <translation>RigSizer 的估算（依据公开的基准测试拟合）</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="120" />
      <source>published benchmark measurements</source>
      <translation>公开的基准测试实测值</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="121" />
      <source>your own measurements</source>
      <translation>你自己的实测数据</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="122" />
      <source>RigSizer's estimates, adjusted by your measurements</source>
      <translation>RigSizer 的估算（已按你的实测数据调整）</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="133" />
      <source>CPU</source>
      <translation>CPU</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="145" />
      <source>%1 (%2 %3)</source>
      <translation>%1（%2 %3）</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="173" />
      <source>RigSizer report</source>
      <translation>RigSizer 报告</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="175" />
      <source>RigSizer report: %1</source>
      <translation>RigSizer 报告：%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="176" />
      <source>Generated %1 by RigSizer %2</source>
      <translation>由 RigSizer %2 于 %1 生成</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="177" />
      <source>Recommendation</source>
      <translation>推荐</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="182" />
      <source>Why not the others:</source>
      <translation>为什么不选其他方案：</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="185" />
      <source>Prices as of %1 (%2)</source>
      <translation>价格截至 %1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="187" />
      <source>Plan</source>
      <translation>方案</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="187" />
      <source>Monthly cost (median)</source>
      <translation>月成本（中位数）</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="187" />
      <source>Monthly cost p10–p90</source>
      <translation>月成本 p10–p90</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="187" />
      <source>Up front</source>
      <translation>前期投入</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="188" />
      <source>Break-even</source>
      <translation>回本时间</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="188" />
      <source>Meets your limits</source>
      <translation>是否满足要求</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="198" />
      <source>Plans</source>
      <translation>方案</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="203" />
      <source>Ruled out:</source>
      <translation>已排除：</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="211" />
      <source>Workload</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="211" />
      <source>Runs on</source>
      <translation>运行设备</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="211" />
      <source>Time per job (median)</source>
      <translation>单次耗时（中位数）</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="211" />
      <source>p90</source>
      <translation>p90</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="211" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="215" />
      <source>Your work on the recommended plan</source>
      <translation>推荐方案下的任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="217" />
      <source>Cumulative cost</source>
      <translation>累计成本</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="217" />
      <source>Time per workload</source>
      <translation>各任务耗时</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="218" />
      <source>Break-even map</source>
      <translation>回本热力图</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="221" />
      <source>Hardware</source>
      <translation>硬件</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="224" />
      <source>No machine was detected or entered.</source>
      <translation>未检测到或录入任何机器。</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="230" />
      <source>%1 → %2 (%3; found by %4)</source>
      <translation>%1 → %2（%3；检测来源：%4）</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="231" />
      <source>not in the catalog</source>
      <translation>不在目录中</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="235" />
      <source>Sources</source>
      <translation>数据来源</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="237" />
      <source>Prices: %1 (%2)</source>
      <translation>价格：%1（%2）</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="239" />
      <source>Electricity: %1, %2 (%3)</source>
      <translation>电价：%1，%2（%3）</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="243" />
      <source>Currency: %1, %2 (%3)</source>
      <translation>货币：%1，%2（%3）</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="245" />
      <source>Performance model: %1</source>
      <translation>性能模型：%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="247" />
      <source>Monte Carlo samples: %1</source>
      <translation>蒙特卡洛样本数：%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="253" />
      <source>Assumptions</source>
      <translation>假设</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="288" />
      <source>Replace file</source>
      <translation>替换文件</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="289" />
      <source>%1 is a folder: choose a file name.</source>
      <translation>%1 是一个文件夹：请选择一个文件名。</translation>
    </message>
    <message>
      <location filename="../../app/gui/export.py" line="295" />
      <source>%1 already exists. Do you want to replace it?</source>
      <translation>%1 已存在。要替换它吗？</translation>
    </message>
  </context>
  <context>
    <name>ResultsPage</name>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="118" />
      <source>%1; prices as of %2</source>
      <translation>%1；价格截至 %2</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="267" />
      <source>Preparing the estimator. The first start compiles the model and can take a minute; later starts are quick.</source>
      <translation>正在准备估算器。首次启动需要编译模型，可能需要一分钟；之后启动会很快。</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="270" />
      <source>Choose a creator type on the Start page to see results.</source>
      <translation>请在“开始”页选择创作者类型以查看结果。</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="272" />
      <source>Could not plan: %1</source>
      <translation>无法生成方案：%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="283" />
      <source>These results are out of date: they are from before your last change, which could not be planned.</source>
      <translation>这些结果已过时：它们来自你上次修改之前，而那次修改无法完成规划。</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="285" />
      <source>Why: %1</source>
      <translation>原因：%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="286" />
      <source>Correct or undo that change to update them. Export is off until then.</source>
      <translation>修正或撤销那次修改即可更新结果。在此之前无法导出。</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="329" />
      <source>Why not the others:</source>
      <translation>为什么不选其他方案：</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="345" />
      <source>Prices as of %1</source>
      <translation>价格截至 %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="354" />
      <source>Refresh prices now</source>
      <translation>立即刷新价格</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="356" />
      <source>Enter your electricity price</source>
      <translation>填写你的电价</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="397" />
      <source>The results are out of date: correct or undo the last change to export them</source>
      <translation>结果已过时：修正或撤销上次修改后才能导出</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="398" />
      <source>No results to export yet</source>
      <translation>还没有可导出的结果</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="400" />
      <source>PDF report (*.pdf)</source>
      <translation>PDF 报告 (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="400" />
      <source>HTML report (*.html)</source>
      <translation>HTML 报告 (*.html)</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="401" />
      <source>CSV table (*.csv)</source>
      <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="401" />
      <source>JSON data (*.json)</source>
      <translation>JSON 数据 (*.json)</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="403" />
      <source>Export</source>
      <translation>导出</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="416" />
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/results.py" line="418" />
      <source>Saved %1</source>
      <translation>已保存 %1</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="70" />
      <source>deadline</source>
      <translation>等待时限</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="71" />
      <source>weekly hours</source>
      <translation>每周时长</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="72" />
      <source>budget</source>
      <translation>预算</translation>
    </message>
    <message>
      <location filename="../../app/gui/format.py" line="81" />
      <source>all met</source>
      <translation>全部满足</translation>
    </message>
  </context>
  <context>
    <name>ResultsView</name>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="156" />
      <source>Save a PDF report with plots and sources</source>
      <translation>保存包含图表和数据来源的 PDF 报告</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="157" />
      <source>Save the report as one HTML file</source>
      <translation>将报告保存为单个 HTML 文件</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="158" />
      <source>Save every plan and workload as a table for Excel</source>
      <translation>将所有方案和任务保存为可用 Excel 打开的表格</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="159" />
      <source>Save inputs, results and sources as JSON</source>
      <translation>将输入、结果和数据来源保存为 JSON</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="160" />
      <source>Export is off while the results are out of date: it comes back when the plan succeeds again</source>
      <translation>结果过时期间无法导出：规划重新成功后即可恢复</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="171" />
      <source>Results</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="172" />
      <source>PDF</source>
      <translation>PDF</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="173" />
      <source>HTML</source>
      <translation>HTML</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="174" />
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="175" />
      <source>JSON</source>
      <translation>JSON</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="177" />
      <source>Our recommendation</source>
      <translation>我们的推荐</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="178" />
      <source>Every option</source>
      <translation>所有方案</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="180" />
      <source>Plan</source>
      <translation>方案</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="180" />
      <source>Monthly cost</source>
      <translation>月成本</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="180" />
      <source>p10–p90</source>
      <translation>p10–p90</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="180" />
      <source>Up front</source>
      <translation>前期投入</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="181" />
      <source>Tightest job / limit</source>
      <translation>最紧任务 / 时限</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="181" />
      <source>Meets your limits</source>
      <translation>是否满足要求</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="181" />
      <source>Break-even</source>
      <translation>回本时间</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="182" />
      <source>Keep your card, buy one, rent in the cloud, or mix</source>
      <translation>保留现有显卡、购买、云端租用或混合</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="183" />
      <source>Median cost per month over the horizon, purchase spread out and resale deducted</source>
      <translation>规划期内每月成本的中位数，购卡费用已分摊并扣除转售价值</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="185" />
      <source>8 in 10 outcomes fall in this range</source>
      <translation>十种情况中有八种落在此区间</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="186" />
      <source>Paid at the start (a card purchase)</source>
      <translation>一开始支付的费用（购卡）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="187" />
      <source>The job closest to its deadline, at your deadline confidence, and that deadline</source>
      <translation>按你的截止把握度计算、最接近截止时间的任务，及其截止时间</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="189" />
      <source>Deadline, weekly hours and budget checks</source>
      <translation>等待时限、每周时长和预算检查</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="190" />
      <source>When buying becomes cheaper than renting</source>
      <translation>购买何时比租用更便宜</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="194" />
      <source>Cost over time</source>
      <translation>成本随时间变化</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="194" />
      <source>Time per workload</source>
      <translation>各任务耗时</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/results_view.py" line="195" />
      <source>Break-even map</source>
      <translation>回本热力图</translation>
    </message>
  </context>
  <context>
    <name>SettingsPage</name>
    <message>
      <location filename="../../app/gui/controllers/settings_page.py" line="47" />
      <source>Enter a number</source>
      <translation>请输入数字</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/settings_page.py" line="72" />
      <source>Follow the system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/settings_page.py" line="118" />
      <source>No cloud prices loaded.</source>
      <translation>未加载云端价格。</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/settings_page.py" line="125" />
      <source>Fetching current prices…</source>
      <translation>正在获取当前价格…</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/settings_page.py" line="203" />
      <source>Your own price: %1 %2 per kWh</source>
      <translation>你自己的电价：每千瓦时 %1 %2</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/settings_page.py" line="209" />
      <source>%1 %2 per kWh, as of %3 (%4)</source>
      <translation>每千瓦时 %1 %2，截至 %3（%4）</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/settings_page.py" line="210" />
      <source>%1 %2 per kWh, as of %3, %5 days ago: enter your own price below if yours differs (%4)</source>
      <translation>每千瓦时 %1 %2，截至 %3，已过 %5 天：如果你的电价不同，请在下方填入（%4）</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/settings_page.py" line="218" />
      <source>No tariff known for region '%1'</source>
      <translation>没有地区“%1”的电价数据</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/settings_page.py" line="249" />
      <source>Change %1</source>
      <translation>修改%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/settings_page.py" line="251" />
      <source>Your electricity price %1 %2 per kWh is now %3 %4 per kWh (the same price, converted)</source>
      <translation>你的电价每千瓦时 %1 %2 现为每千瓦时 %3 %4（同一价格，已换算）</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/settings_page.py" line="313" />
      <source>At least one cloud provider stays ticked; to keep a job off the cloud, mark it Private on My work.</source>
      <translation>至少要勾选一个云服务商；若某项任务不能上云，请在“我的任务”中将其标为私密。</translation>
    </message>
  </context>
  <context>
    <name>SettingsView</name>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="160" />
      <source>Card budget (%1)</source>
      <translation>显卡预算（%1）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="163" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="164" />
      <source>This project</source>
      <translation>本项目</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="165" />
      <source>Saved in the project file, like the workloads.</source>
      <translation>与任务一起保存在项目文件中。</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="166" />
      <source>Application</source>
      <translation>应用程序</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="168" />
      <source>Electricity region</source>
      <translation>电价地区</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="169" />
      <source>Where you live: sets the electricity price for local plans</source>
      <translation>你所在的地区：决定本地方案的电价</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="170" />
      <source>Currency</source>
      <translation>货币</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="170" />
      <source>The currency results are shown in</source>
      <translation>结果显示所用的货币</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="171" />
      <source>Horizon</source>
      <translation>规划期</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="171" />
      <source>How many months to compare costs over (a bought card is resold after it)</source>
      <translation>比较成本的月数（规划期结束后转售所购显卡）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="173" />
      <source>The most you would spend on a new card; empty = no limit</source>
      <translation>购买新显卡最多愿意花的钱；留空表示不限</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="175" />
      <source>Power supply (W)</source>
      <translation>电源功率（瓦）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="175" />
      <source>Your power supply's rating: cards it cannot feed are left out; empty = no limit</source>
      <translation>你的电源额定功率：供电不足的显卡将被排除；留空表示不限</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="177" />
      <source>Computer</source>
      <translation>电脑类型</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="177" />
      <source>Desktop cards or laptops</source>
      <translation>台式机显卡或笔记本</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="178" />
      <source>PC on per day (h)</source>
      <translation>每天开机时长（小时）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="178" />
      <source>Hours a day your PC is switched on (idle power counts too)</source>
      <translation>电脑每天开机的小时数（待机功耗也计入）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="180" />
      <source>Deadlines met by</source>
      <translation>按时完成比例</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="180" />
      <source>The share of jobs that must finish within their deadline for a plan to meet it (90% by default)</source>
      <translation>方案要算作满足截止时间，须在截止时间内完成的任务比例（默认 90%）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="183" />
      <source>Compare offers from</source>
      <translation>比较这些服务商的报价</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="183" />
      <source>Ticked providers' rental offers are compared; untick one to leave it out</source>
      <translation>比较已勾选服务商的租用报价；取消勾选即可排除该服务商</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="192" />
      <source> months</source>
      <translation> 个月</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="194" />
      <source>% of jobs</source>
      <translation>% 的任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="198" />
      <source>no limit</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="201" />
      <source>Cloud prices</source>
      <translation>云端价格</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="202" />
      <source>Refresh prices</source>
      <translation>刷新价格</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="203" />
      <source>Fetch current Runpod GPU prices with your Runpod API key; the other providers keep their shipped snapshot</source>
      <translation>使用你的 Runpod API 密钥获取当前 Runpod GPU 价格；其他服务商仍使用随附的价格快照</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="206" />
      <source>Theme</source>
      <translation>主题</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="207" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="208" />
      <source>Light, dark, or follow the system</source>
      <translation>浅色、深色或跟随系统</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="209" />
      <source>Switches immediately, no restart needed</source>
      <translation>立即切换，无需重启</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="210" />
      <source>Follow the system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="211" />
      <source>Light</source>
      <translation>浅色</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="211" />
      <source>Dark</source>
      <translation>深色</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="212" />
      <source>Desktop</source>
      <translation>台式机</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="213" />
      <source>Laptop</source>
      <translation>笔记本</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/settings_view.py" line="214" />
      <source>Either</source>
      <translation>都可以</translation>
    </message>
  </context>
  <context>
    <name>StartView</name>
    <message>
      <location filename="../../app/gui/views/start_view.py" line="77" />
      <source>AI video blogger</source>
      <translation>AI 视频博主</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/start_view.py" line="78" />
      <source>AI video clips, thumbnails and script drafts</source>
      <translation>AI 视频片段、封面图和脚本草稿</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/start_view.py" line="79" />
      <source>VTuber</source>
      <translation>虚拟主播</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/start_view.py" line="80" />
      <source>A live avatar and stream encode, plus art between streams</source>
      <translation>直播虚拟形象与推流编码，以及直播间隙的美术创作</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/start_view.py" line="81" />
      <source>Game modder</source>
      <translation>游戏模组作者</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/start_view.py" line="82" />
      <source>Texture upscales, concept art, NPC dialogue, showcase renders</source>
      <translation>贴图放大、概念图、NPC 对话、展示渲染</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/start_view.py" line="84" />
      <source>Educator</source>
      <translation>教育工作者</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/start_view.py" line="85" />
      <source>3D and fluid animations for lessons, with narration</source>
      <translation>用于教学的 3D 和流体动画，配有旁白</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/start_view.py" line="86" />
      <source>Small studio</source>
      <translation>小型工作室</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/start_view.py" line="87" />
      <source>A shared render and inference box for a team of creators</source>
      <translation>供创作者团队共享的渲染与推理主机</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/start_view.py" line="91" />
      <source>What do you create?</source>
      <translation>你创作什么内容？</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/start_view.py" line="92" />
      <source>Pick the closest match. RigSizer loads a typical week of work for it, which you can change on the My work page.</source>
      <translation>选择最接近的一项。RigSizer 会载入该类型典型的一周任务，你可以在“我的任务”页修改。</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/start_view.py" line="102" />
      <source>Tip: File → Open loads a project saved earlier, or one made with the rigsizer command line.</source>
      <translation>提示：“文件 → 打开”可载入之前保存的项目，或用 rigsizer 命令行创建的项目。</translation>
    </message>
  </context>
  <context>
    <name>TimePlot</name>
    <message>
      <location filename="../../app/gui/plots/time_plot.py" line="101" />
      <source>Time per job (log scale)</source>
      <translation>单次耗时（对数刻度）</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/time_plot.py" line="135" />
      <source>per frame</source>
      <translation>每帧</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/time_plot.py" line="135" />
      <source>per job</source>
      <translation>每次</translation>
    </message>
    <message>
      <location filename="../../app/gui/plots/time_plot.py" line="136" />
      <source>%1 on %2
%3 %4 (p10 %5, p90 %6)</source>
      <translation>%1 在 %2 上
%4 %3（p10 %5，p90 %6）</translation>
    </message>
  </context>
  <context>
    <name>WorkPage</name>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="61" />
      <source>A name is needed</source>
      <translation>需要填写名称</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="66" />
      <source>Enter a number</source>
      <translation>请输入数字</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="68" />
      <source>Enter a whole number</source>
      <translation>请输入整数</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="87" />
      <source>Prompt and output tokens cannot both be 0</source>
      <translation>提示词和输出的 token 数不能都为 0</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="198" />
      <source>no limit</source>
      <translation>不限</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="199" />
      <source>private</source>
      <translation>私密</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="199" />
      <source>live</source>
      <translation>实时</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="212" />
      <source>%1 h per week</source>
      <translation>每周 %1 小时</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="213" />
      <source>%1 per week</source>
      <translation>每周 %1 次</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="225" />
      <source>%1 frames</source>
      <translation>%1 帧</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="227" />
      <source>%1 steps</source>
      <translation>%1 步</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="254" />
      <source>Selected workload</source>
      <translation>所选任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="270" />
      <source>distilled: %1, no CFG</source>
      <translation>蒸馏版：%1 步，无 CFG</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="423" />
      <source>Edit %1</source>
      <translation>编辑%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="450" />
      <source>A project holds at most %1 workloads: remove one to add another</source>
      <translation>一个项目最多包含 %1 项工作：请先删除一项再添加</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="466" />
      <source>Add %1</source>
      <translation>添加%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="478" />
      <source>Duplicate %1</source>
      <translation>复制%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/controllers/work.py" line="486" />
      <source>Remove %1</source>
      <translation>删除%1</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="67" />
      <source>LLM chat</source>
      <translation>大模型对话</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="67" />
      <source>Image generation</source>
      <translation>图像生成</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="67" />
      <source>AI video clip</source>
      <translation>AI 视频片段</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="68" />
      <source>3D render</source>
      <translation>3D 渲染</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="68" />
      <source>Live session</source>
      <translation>直播</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="68" />
      <source>Encode</source>
      <translation>编码</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="69" />
      <source>Upscale</source>
      <translation>超分放大</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="69" />
      <source>Text to speech</source>
      <translation>语音合成</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="69" />
      <source>CPU-only job</source>
      <translation>纯 CPU 任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="76" />
      <source>Blender animation</source>
      <translation>Blender 动画</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="76" />
      <source>VTuber live session</source>
      <translation>VTuber 直播</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="78" />
      <source>CPU-only job (simulation bake)</source>
      <translation>纯 CPU 任务（模拟烘焙）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="85" />
      <source>%1 (copy)</source>
      <translation>%1（副本）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="85" />
      <source>%1 (copy %2)</source>
      <translation>%1（副本 %2）</translation>
    </message>
  </context>
  <context>
    <name>WorkView</name>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="239" />
      <source>Add a workload, starting from a typical example</source>
      <translation>以典型示例为起点添加任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="241" />
      <source>Copy the selected workload</source>
      <translation>复制所选任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="244" />
      <source>My work</source>
      <translation>我的任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="245" />
      <source>What you plan to run in a typical week. Select a row to edit it; results update as you type. Ctrl+Z undoes an edit.</source>
      <translation>你在典型的一周内计划运行的任务。选中一行即可编辑；结果随输入实时更新。Ctrl+Z 可撤销编辑。</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="248" />
      <source>Add from template</source>
      <translation>从模板添加</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="249" />
      <source>Duplicate</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="251" />
      <source>Remove</source>
      <translation>删除</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="252" />
      <source>Delete the selected workload</source>
      <translation>删除所选任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="253" />
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="254" />
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="256" />
      <source>Workload</source>
      <translation>任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="256" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="256" />
      <source>How often</source>
      <translation>频率</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="256" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="257" />
      <source>Willing to wait</source>
      <translation>可接受等待</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="257" />
      <source>Private / live</source>
      <translation>私密 / 实时</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="258" />
      <source>Selected workload</source>
      <translation>所选任务</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="260" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="260" />
      <source>Your name for this job</source>
      <translation>你给这个任务起的名字</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="261" />
      <source>How many</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="261" />
      <source>How many jobs you run, per day or per week</source>
      <translation>每天或每周运行的任务次数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="262" />
      <source>Hours per week</source>
      <translation>每周小时数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="263" />
      <source>Hours per week this live work runs</source>
      <translation>此实时任务每周运行的小时数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="264" />
      <source>Model</source>
      <translation>模型</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="264" />
      <source>The AI model this job runs</source>
      <translation>此任务使用的 AI 模型</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="265" />
      <source>Weight format</source>
      <translation>权重格式</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="265" />
      <source>How the LLM's weights are stored: Q4_K_M is small and fast, F16 is full size</source>
      <translation>大模型权重的存储格式：Q4_K_M 体积小、速度快，F16 为完整精度</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="267" />
      <source>Width (px)</source>
      <translation>宽度（像素）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="267" />
      <source>Output width in pixels</source>
      <translation>输出宽度（像素）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="268" />
      <source>Height (px)</source>
      <translation>高度（像素）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="268" />
      <source>Output height in pixels</source>
      <translation>输出高度（像素）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="269" />
      <source>Frames</source>
      <translation>帧数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="269" />
      <source>Frames per job (video, render, upscale, encode); seconds of audio for speech</source>
      <translation>每次任务的帧数（视频、渲染、放大、编码）；语音任务为音频秒数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="271" />
      <source>Steps</source>
      <translation>步数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="271" />
      <source>Diffusion sampling steps per image or clip</source>
      <translation>每张图或每段视频的扩散采样步数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="272" />
      <source>Guidance (CFG)</source>
      <translation>引导（CFG）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="272" />
      <source>Two passes per step; off for distilled 4-8-step variants (Lightning LoRAs, turbo and distilled checkpoints)</source>
      <translation>每步两次计算；蒸馏的 4–8 步版本（Lightning LoRA、turbo 和蒸馏模型）应关闭</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="275" />
      <source>Batch</source>
      <translation>批量</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="275" />
      <source>Images generated together per job</source>
      <translation>每次任务同时生成的图片数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="276" />
      <source>Prompt tokens</source>
      <translation>输入 token 数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="276" />
      <source>Tokens the model reads per request (your text plus the chat so far)</source>
      <translation>每次请求模型读取的 token 数（你的文字加上之前的对话）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="278" />
      <source>Output tokens</source>
      <translation>输出 token 数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="278" />
      <source>Tokens it writes per request</source>
      <translation>每次请求生成的 token 数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="279" />
      <source>Context tokens</source>
      <translation>上下文 token 数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="279" />
      <source>Context window to reserve memory for</source>
      <translation>需要预留显存的上下文窗口</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="281" />
      <source>Frames per second</source>
      <translation>帧率</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="281" />
      <source>Target frame rate</source>
      <translation>目标帧率</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="282" />
      <source>Codec</source>
      <translation>编码格式</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="282" />
      <source>Video codec of the encode</source>
      <translation>编码所用的视频编码格式</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="283" />
      <source>Seconds per frame</source>
      <translation>每帧秒数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="283" />
      <source>How long one frame took on your reference GPU (from your own render)</source>
      <translation>在参考 GPU 上渲染一帧所用的时间（来自你自己的渲染）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="285" />
      <source>Reference GPU</source>
      <translation>参考 GPU</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="285" />
      <source>The GPU that rendered one frame in the time above</source>
      <translation>以上述时间渲染一帧的 GPU</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="287" />
      <source>CPU seconds</source>
      <translation>CPU 秒数</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="287" />
      <source>Seconds one job takes on your CPU (no GPU speeds it up)</source>
      <translation>一次任务在你的 CPU 上所需的秒数（GPU 无法加速）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="289" />
      <source>Willing to wait (min)</source>
      <translation>可接受等待（分钟）</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="289" />
      <source>The longest you are willing to wait for one job, in minutes; empty = no limit</source>
      <translation>单次任务你最多愿意等待的分钟数；留空表示不限</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="291" />
      <source>Private</source>
      <translation>私密</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="291" />
      <source>Must stay on your own hardware: no cloud plan may run it</source>
      <translation>必须在你自己的硬件上运行：任何云方案都不能运行它</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="293" />
      <source>Live</source>
      <translation>实时</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="293" />
      <source>Happens in real time in front of an audience: runs on your PC only</source>
      <translation>面向观众实时进行：只能在你的电脑上运行</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="305" />
      <source>per week</source>
      <translation>每周</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="305" />
      <source>per day</source>
      <translation>每天</translation>
    </message>
    <message>
      <location filename="../../app/gui/views/work_view.py" line="308" />
      <source>no limit</source>
      <translation>不限</translation>
    </message>
  </context>
</TS>
