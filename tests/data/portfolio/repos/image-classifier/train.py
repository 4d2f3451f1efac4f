import torch


def main() -> None:
    print(torch.__version__)


if __name__ == "__main__":
    main()
